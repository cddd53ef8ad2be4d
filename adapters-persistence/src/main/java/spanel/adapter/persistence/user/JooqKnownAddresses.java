package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.LOGIN_ADDRESSES;

import java.time.Instant;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.KnownAddresses;
import spanel.domain.user.UserId;

/**
 * {@code login_addresses}: one row per user and address, its last successful log-in. An address
 * longer than the column (no IP address is) is never remembered, so never known.
 */
public final class JooqKnownAddresses implements KnownAddresses {

    static final int MAX_ADDRESS_LENGTH = 64;

    private final DSLContext dsl;

    public JooqKnownAddresses(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean isKnown(UserId user, String address, Instant now) {
        return address.length() <= MAX_ADDRESS_LENGTH && dsl.fetchExists(LOGIN_ADDRESSES,
                LOGIN_ADDRESSES.USER_ID.eq(user.value())
                        .and(LOGIN_ADDRESSES.ADDRESS.eq(address))
                        .and(LOGIN_ADDRESSES.LAST_LOGIN.gt(Times.utc(now.minus(KEPT_FOR)))));
    }

    @Override
    public void remember(UserId user, String address, Instant now) {
        dsl.deleteFrom(LOGIN_ADDRESSES)
                .where(LOGIN_ADDRESSES.USER_ID.eq(user.value()))
                .and(LOGIN_ADDRESSES.LAST_LOGIN.le(Times.utc(now.minus(KEPT_FOR))))
                .execute();
        if (address.length() > MAX_ADDRESS_LENGTH) {
            return;
        }
        int updated = dsl.update(LOGIN_ADDRESSES)
                .set(LOGIN_ADDRESSES.LAST_LOGIN, Times.utc(now))
                .where(LOGIN_ADDRESSES.USER_ID.eq(user.value()))
                .and(LOGIN_ADDRESSES.ADDRESS.eq(address))
                .execute();
        if (updated > 0) {
            return;
        }
        // Losing to a concurrent log-in from the same address is fine: either way the address is known.
        FirstInsert.wins(dsl, dsl.insertInto(LOGIN_ADDRESSES)
                .set(LOGIN_ADDRESSES.USER_ID, user.value())
                .set(LOGIN_ADDRESSES.ADDRESS, address)
                .set(LOGIN_ADDRESSES.LAST_LOGIN, Times.utc(now)));
    }
}
