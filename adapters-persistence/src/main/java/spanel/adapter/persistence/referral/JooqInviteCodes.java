package spanel.adapter.persistence.referral;

import static spanel.adapter.persistence.generated.Tables.USERS;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import spanel.adapter.persistence.support.Constraints;
import spanel.application.referral.port.out.InviteCodes;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserId;

public final class JooqInviteCodes implements InviteCodes {

    private final DSLContext dsl;

    public JooqInviteCodes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean replace(UserId user, String code) {
        try {
            if (dsl.update(USERS).set(USERS.INVITE_CODE, code).where(USERS.ID.eq(user.value())).execute() == 0) {
                throw new NotFound("no user " + user);
            }
            return true;
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e, "users_invite_code_key")) {
                return false;
            }
            throw e;
        }
    }
}
