package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenCarries256RandomBits() {
        AccessToken token = AccessToken.random(random);

        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(AccessToken.random(random).value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void itIsStoredAsItsSha256InHex() {
        // SHA-256("abc") from FIPS 180-2.
        assertThat(new AccessToken("abc").hash().hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aTokenIsNeverPrinted() {
        assertThat(AccessToken.random(random).toString()).isEqualTo("AccessToken[***]");
    }

    @Test
    void aTokenExpiresItsLifetimeAfterItIsIssued() {
        Instant issued = Instant.parse("2026-03-01T00:00:00Z");
        TokenLifetime lifetime = new TokenLifetime(Duration.ofDays(7));
        Instant expiry = lifetime.expiryFor(issued);

        assertThat(expiry).isEqualTo(Instant.parse("2026-03-08T00:00:00Z"));
    }
}
