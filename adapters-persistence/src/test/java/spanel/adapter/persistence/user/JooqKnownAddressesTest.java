package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.LOGIN_ADDRESSES;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.application.user.port.out.KnownAddresses;
import spanel.domain.user.UserId;

class JooqKnownAddressesTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private KnownAddresses known() {
        return new JooqKnownAddresses(dsl());
    }

    private UserId aUser() {
        return new JooqUserAccounts(dsl()).add(named(uniqueEmail("known")));
    }

    @Test
    void anAddressIsKnownToItsUserOnlyAfterALogInFromIt() {
        UserId user = aUser();
        UserId other = aUser();

        assertThat(known().isKnown(user, "198.51.100.1", NOW)).isFalse();
        known().remember(user, "198.51.100.1", NOW);
        known().remember(user, "198.51.100.1", NOW.plusSeconds(60));

        assertThat(known().isKnown(user, "198.51.100.1", NOW.plusSeconds(61))).isTrue();
        assertThat(known().isKnown(user, "198.51.100.2", NOW.plusSeconds(61))).isFalse();
        assertThat(known().isKnown(other, "198.51.100.1", NOW.plusSeconds(61))).isFalse();
        assertThat(dsl().fetchCount(LOGIN_ADDRESSES, LOGIN_ADDRESSES.USER_ID.eq(user.value()))).isEqualTo(1);
    }

    @Test
    void anAddressIsForgottenNinetyDaysAfterItsLastLogIn() {
        UserId user = aUser();
        known().remember(user, "2001:db8::1", NOW);
        Instant later = NOW.plus(KnownAddresses.KEPT_FOR);

        assertThat(known().isKnown(user, "2001:db8::1", later.minusSeconds(1))).isTrue();
        assertThat(known().isKnown(user, "2001:db8::1", later)).isFalse();

        known().remember(user, "2001:db8::2", later.plus(Duration.ofDays(1)));
        assertThat(dsl().fetchCount(LOGIN_ADDRESSES, LOGIN_ADDRESSES.USER_ID.eq(user.value())))
                .as("the old address was dropped when a new one was remembered").isEqualTo(1);
    }

    @Test
    void anAddressLongerThanTheColumnIsNeverKnown() {
        UserId user = aUser();
        String tooLong = "x".repeat(JooqKnownAddresses.MAX_ADDRESS_LENGTH + 1);

        known().remember(user, tooLong, NOW);

        assertThat(known().isKnown(user, tooLong, NOW)).isFalse();
    }
}
