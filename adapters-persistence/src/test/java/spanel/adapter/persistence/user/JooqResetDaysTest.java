package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;

import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

class JooqResetDaysTest extends PersistenceContractTest {

    @Test
    void aUserWhosePlanResetsHasItsDayAndOthersNone() {
        long resetting = Seed.activeUser(dsl());
        long plain = Seed.activeUser(dsl());
        dsl().update(USERS).set(USERS.RESET_DAY, 31).where(USERS.ID.eq(resetting)).execute();
        dsl().update(USERS).setNull(USERS.RESET_DAY).where(USERS.ID.eq(plain)).execute();

        assertThat(new JooqResetDays(dsl()).of(UserId.of(resetting))).contains(new ResetDay(31));
        assertThat(new JooqResetDays(dsl()).of(UserId.of(plain))).isEmpty();
    }
}
