package spanel.domain.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/** Breaks rules 1, 6e and 9: a library in the domain, static state, a clock read. */
public class DomainBreakingTheRules {

    static int counter;

    final ObjectMapper mapper = new ObjectMapper();

    Instant stamp() {
        counter++;
        return Instant.now();
    }
}
