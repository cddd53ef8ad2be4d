package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import org.jooq.DSLContext;
import spanel.application.user.port.out.TrafficResetDays;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

/** {@code users.reset_day}, which a plan with a monthly reset sets (NULL: no reset). */
public final class JooqTrafficResetDays implements TrafficResetDays {

    private final DSLContext dsl;

    public JooqTrafficResetDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ResetDay> of(UserId user) {
        return dsl.select(USERS.RESET_DAY).from(USERS).where(USERS.ID.eq(user.value())).fetchOptional(USERS.RESET_DAY)
                .map(ResetDay::new);
    }
}
