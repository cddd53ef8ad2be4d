package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import org.jooq.DSLContext;
import spanel.application.user.port.out.ResetDays;
import spanel.domain.plan.ResetDay;
import spanel.domain.user.UserId;

/** {@code users.reset_day}, NULL for a plan without monthly resets. */
public final class JooqResetDays implements ResetDays {

    private final DSLContext dsl;

    public JooqResetDays(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ResetDay> of(UserId user) {
        return dsl.select(USERS.RESET_DAY).from(USERS).where(USERS.ID.eq(user.value()))
                .fetchOptional(USERS.RESET_DAY).map(ResetDay::new);
    }
}
