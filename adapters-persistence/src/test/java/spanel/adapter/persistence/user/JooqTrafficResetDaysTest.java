package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;

import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

class JooqTrafficResetDaysTest extends PersistenceContractTest {

    @Test
    void aUserHasTheResetDayTheirPlanSetAndNoneWithoutOne() {
        UserId monthly = new JooqUserAccounts(dsl()).add(named(uniqueEmail("reset-day")));
        UserId plain = new JooqUserAccounts(dsl()).add(named(uniqueEmail("no-reset-day")));
        dsl().update(USERS).set(USERS.RESET_DAY, 31).where(USERS.ID.eq(monthly.value())).execute();

        JooqTrafficResetDays days = new JooqTrafficResetDays(dsl());

        assertThat(days.of(monthly)).contains(new ResetDay(31));
        assertThat(days.of(plain)).isEmpty();
        assertThat(days.of(new UserId(Long.MAX_VALUE))).isEmpty();
    }
}
