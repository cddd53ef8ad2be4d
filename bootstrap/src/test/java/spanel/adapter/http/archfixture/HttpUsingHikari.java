package spanel.adapter.http.archfixture;

import com.zaxxer.hikari.HikariDataSource;

/** Breaks rule 6d: HikariCP in the HTTP adapter. */
public class HttpUsingHikari {

    HikariDataSource dataSource;
}
