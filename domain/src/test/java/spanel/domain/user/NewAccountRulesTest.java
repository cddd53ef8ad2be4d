package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.domain.traffic.Traffic;

class NewAccountRulesTest {

    private final SplittableRandom random = new SplittableRandom(1);

    @Test
    void aPortIsDrawnFromTheRangeBothEndsIncluded() {
        PortRange range = new PortRange(10_000, 10_002);
        var drawn = new java.util.HashSet<Integer>();
        for (int i = 0; i < 200; i++) {
            drawn.add(range.pick(random));
        }

        assertThat(drawn).containsExactlyInAnyOrder(10_000, 10_001, 10_002);
    }

    @Test
    void aRangeLiesWithinThePortsAndDoesNotRunBackwards() {
        assertThatThrownBy(() -> new PortRange(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortRange(100, 65_536)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortRange(200, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PortRange(443, 443).size()).isEqualTo(1);
    }

    @Test
    void credentialsAreARandomPasswordAndAVersion4Uuid() {
        ProxyCredentials first = ProxyCredentials.random(random, 12_345);
        ProxyCredentials second = ProxyCredentials.random(random, 12_345);

        assertThat(first.passwd()).hasSize(32).matches("[0-9a-f]+").isNotEqualTo(second.passwd());
        assertThat(UUID.fromString(first.uuid()).version()).isEqualTo(4);
        assertThat(UUID.fromString(first.uuid()).variant()).isEqualTo(2);
        assertThat(first.uuid()).isNotEqualTo(second.uuid());
    }

    @Test
    void inviteCodesAreSixteenCharactersWithoutLookAlikes() {
        String code = InviteCode.random(random);

        assertThat(code).hasSize(16).doesNotContain("0", "1", "l", "o");
    }

    @Test
    void theDefaultsSetTheExpiryThatManyDaysAhead() {
        AccountDefaults defaults = new AccountDefaults(Traffic.ofGigabytes(10), 30, 0, 0);

        assertThat(defaults.expiryFrom(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
        assertThat(defaults.traffic().bytes()).isEqualTo(10L * 1024 * 1024 * 1024);
        assertThatThrownBy(() -> new AccountDefaults(Traffic.ZERO, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
