package spanel.adapter.persistence.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jooq.SQLDialect;

/**
 * Where the database is, read from DATABASE_URL: {@code jdbc:postgresql://host:5432/db},
 * {@code postgres://user:pass@host:5432/db} (also {@code postgresql://}), or an H2 JDBC URL.
 * The dialect follows from the URL, so nothing else has to name it.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password, SQLDialect dialect) {

    // LOCK_TIMEOUT: H2 locks a whole table for a write that PostgreSQL settles row by row, so a burst of
    // writes to one table queues there; H2's one-second default turned such a queue into errors.
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000";
    // No AUTO_SERVER: it opened a TCP port on every interface whose key sat in a file beside the
    // database, so only one process opens the file (the CLI's commands run with spanel stopped).
    // WRITE_DELAY=1000: H2 keeps commits in memory and its own writer stores what nobody waits for
    // after a second, and tidies the file; every write spanel answers waits for a shared store commit
    // instead (SharedStoreCommits), so a kill loses nothing answered. PAGE_SIZE=4096: a commit writes
    // every page it changed whole, and smaller pages (H2's default is 16 KB) made each write's share
    // of the file about a third. TRACE_LEVEL_FILE=0: no spanel.trace.db, which grew until the disk
    // was full; errors are logged by spanel itself.
    private static final String H2_FILE_OPTIONS = ";WRITE_DELAY=1000;PAGE_SIZE=4096;TRACE_LEVEL_FILE=0";

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(dialect, "dialect");
    }

    /** Reads a configured URL; anything unreadable is an {@link IllegalArgumentException} saying why. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("DATABASE_URL is empty");
        }
        String text = url.trim();
        if (text.startsWith("jdbc:postgresql://")) {
            requireHost(text.substring("jdbc:".length()), text);
            return new DatabaseUrl(text, Optional.empty(), Optional.empty(), SQLDialect.POSTGRES);
        }
        if (text.startsWith("postgres://") || text.startsWith("postgresql://")) {
            return fromPostgresUri(text);
        }
        if (text.startsWith("jdbc:h2:")) {
            return new DatabaseUrl(text, Optional.empty(), Optional.empty(), SQLDialect.H2);
        }
        throw new IllegalArgumentException(
                "DATABASE_URL must start with jdbc:postgresql://, postgres:// or jdbc:h2: (got '" + redact(text) + "')");
    }

    /** The embedded default: an H2 file database under the data directory, speaking PostgreSQL's dialect. */
    public static DatabaseUrl embedded(Path dataDir) {
        String file = dataDir.toAbsolutePath().resolve("spanel").toString();
        return new DatabaseUrl("jdbc:h2:file:" + file + H2_OPTIONS + H2_FILE_OPTIONS, Optional.empty(), Optional.empty(), SQLDialect.H2);
    }

    public boolean isEmbedded() {
        return dialect == SQLDialect.H2;
    }

    /** This URL with explicit credentials, unless it already carries its own. */
    public DatabaseUrl withCredentials(String user, String password) {
        return new DatabaseUrl(jdbcUrl,
                this.user.or(() -> Optional.ofNullable(user).filter(s -> !s.isBlank())),
                this.password.or(() -> Optional.ofNullable(password).filter(s -> !s.isEmpty())),
                dialect);
    }

    private static DatabaseUrl fromPostgresUri(String text) {
        URI uri = requireHost(text, text);
        String host = uri.getHost().contains(":") ? "[" + uri.getHost() + "]" : uri.getHost();
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String database = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (database.isEmpty()) {
            throw new IllegalArgumentException("DATABASE_URL names no database: " + redact(text));
        }
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + database
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            password = colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
        }
        return new DatabaseUrl(jdbc, user, password, SQLDialect.POSTGRES);
    }

    private static URI requireHost(String uriText, String original) {
        try {
            URI uri = new URI(uriText);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new IllegalArgumentException("DATABASE_URL names no host: " + redact(original));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("DATABASE_URL is not a valid URL: " + redact(original));
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** Hides a password so the URL can be shown in an error. */
    static String redact(String url) {
        return url.replaceAll("(//[^:/@]+:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return redact(jdbcUrl);
    }
}
