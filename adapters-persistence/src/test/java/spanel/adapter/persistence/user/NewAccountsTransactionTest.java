package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.SomeAccounts;
import spanel.application.user.NewAccounts;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.PortRange;
import spanel.domain.user.UserId;

/**
 * Opening an account when the drawn port is taken: the failed insert is undone to a savepoint, so
 * a later draw still succeeds inside an enclosing transaction (on PostgreSQL a failed statement
 * would otherwise spoil the whole transaction).
 */
class NewAccountsTransactionTest extends PersistenceContractTest {

    /** Random everywhere, except that ports are drawn in order from the start of the range. */
    private static final class PortsInOrder implements RandomGenerator {

        private final SplittableRandom random = new SplittableRandom();
        private int next;

        @Override
        public long nextLong() {
            return random.nextLong();
        }

        @Override
        public int nextInt(int origin, int bound) {
            return Math.min(origin + next++, bound - 1);
        }
    }

    private NewAccounts newAccounts(PortRange ports) {
        return new NewAccounts(new JooqUserAccounts(dsl()), new BcryptPasswordHasher(4), transactions(),
                new AccountDefaults(Traffic.ofGigabytes(1), 1, 0, 0), ports, new PortsInOrder(),
                Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aTakenPortIsDrawnAgainInsideAnEnclosingTransaction() {
        int taken = 40_000;
        new JooqUserAccounts(dsl()).add(SomeAccounts.onPort(uniqueEmail("holder"), taken));
        var accounts = newAccounts(new PortRange(taken, taken + 1));

        // The first draw is the taken port; the clash must leave the enclosing transaction usable.
        UserId id = transactions().inTransaction(() -> accounts.open(Email.of(uniqueEmail("drawn")),
                new Password("long enough"), Optional.empty(), false));

        assertThat(new JooqUserAccounts(dsl()).find(id).orElseThrow().credentials().port()).hasValue(taken + 1);
    }

    @Test
    void aRangeWithNoFreePortOpensAccountsWithoutAPortAndKeepsPortsUnique() {
        int taken = 40_100;
        new JooqUserAccounts(dsl()).add(SomeAccounts.onPort(uniqueEmail("holder"), taken));
        var accounts = newAccounts(new PortRange(taken, taken));

        UserId first = transactions().inTransaction(() -> accounts.open(Email.of(uniqueEmail("none")),
                new Password("long enough"), Optional.empty(), false));
        UserId second = accounts.open(Email.of(uniqueEmail("none")), new Password("long enough"), Optional.empty(), false);

        assertThat(new JooqUserAccounts(dsl()).find(first).orElseThrow().credentials().port()).isEmpty();
        assertThat(new JooqUserAccounts(dsl()).find(second).orElseThrow().credentials().port()).isEmpty();
        assertThatThrownBy(() -> new JooqUserAccounts(dsl()).add(SomeAccounts.onPort(uniqueEmail("twin"), taken)))
                .isInstanceOf(UserAccounts.CredentialsTaken.class);
    }
}
