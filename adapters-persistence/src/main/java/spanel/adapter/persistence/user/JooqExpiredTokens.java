package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.ACCESS_TOKENS;
import static spanel.adapter.persistence.generated.Tables.PASSWORD_RESETS;

import java.time.Instant;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.ExpiredTokens;

public final class JooqExpiredTokens implements ExpiredTokens {

    private final DSLContext dsl;

    public JooqExpiredTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Access tokens and password-reset links past their expiry: neither can be used any more. */
    @Override
    public int removeBefore(Instant now) {
        return dsl.deleteFrom(ACCESS_TOKENS).where(ACCESS_TOKENS.EXPIRES_AT.lt(Times.utc(now))).execute()
                + dsl.deleteFrom(PASSWORD_RESETS).where(PASSWORD_RESETS.EXPIRES_AT.lt(Times.utc(now))).execute();
    }
}
