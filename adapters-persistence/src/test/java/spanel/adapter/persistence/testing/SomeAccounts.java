package spanel.adapter.persistence.testing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.Email;
import spanel.domain.user.NewAccount;
import spanel.domain.user.ProxyCredentials;

/** New accounts for persistence tests, each with its own port, UUID and invite code. */
public final class SomeAccounts {

    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final AtomicInteger NEXT_PORT = new AtomicInteger(20_000);

    private SomeAccounts() {
    }

    public static NewAccount named(String email) {
        return onPort(email, NEXT_PORT.getAndIncrement());
    }

    public static NewAccount onPort(String email, int port) {
        return new NewAccount(Email.of(email), "$2a$04$hash-of-" + email,
                new ProxyCredentials("passwd", port, UUID.randomUUID().toString(), ProxyCredentials.DEFAULT_METHOD),
                UUID.randomUUID().toString().substring(0, 16), Optional.empty(),
                new AccountDefaults(Traffic.ofGigabytes(10), 30, 0, 0), NOW, false);
    }

    /** An email no other test in the schema uses. */
    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
