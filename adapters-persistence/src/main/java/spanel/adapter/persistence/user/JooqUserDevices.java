package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.generated.Tables.USER_DEVICES;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.UserDevicesRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.UserDevices;
import spanel.domain.user.Device;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * {@code user_devices}: one row per user and hashed device id. A new device is counted and added
 * under the user's row lock (FOR UPDATE on both databases), so racing first fetches of one user
 * queue on it and each counts the rows the ones before it committed: together they never pass
 * the limit. A device seen before is refreshed without the lock.
 */
public final class JooqUserDevices implements UserDevices {

    private final DSLContext dsl;

    public JooqUserDevices(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Registration register(UserId user, TokenHash device, DeviceInfo info, int limit, Instant now) {
        if (refresh(user, device, info, now)) {
            return Registration.KNOWN;
        }
        dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(user.value())).forUpdate().fetch();
        // Registered meanwhile by a fetch that held the lock first.
        if (refresh(user, device, info, now)) {
            return Registration.KNOWN;
        }
        if (limit > 0 && dsl.fetchCount(USER_DEVICES, USER_DEVICES.USER_ID.eq(user.value())) >= limit) {
            return Registration.FULL;
        }
        dsl.insertInto(USER_DEVICES)
                .set(USER_DEVICES.USER_ID, user.value())
                .set(USER_DEVICES.HWID_HASH, device.hex())
                .set(USER_DEVICES.OS, info.os())
                .set(USER_DEVICES.OS_VERSION, info.osVersion())
                .set(USER_DEVICES.MODEL, info.model())
                .set(USER_DEVICES.USER_AGENT, info.app())
                .set(USER_DEVICES.FIRST_SEEN_AT, Times.utc(now))
                .set(USER_DEVICES.LAST_SEEN_AT, Times.utc(now))
                .execute();
        return Registration.ADDED;
    }

    private boolean refresh(UserId user, TokenHash device, DeviceInfo info, Instant now) {
        return dsl.update(USER_DEVICES)
                .set(USER_DEVICES.OS, info.os())
                .set(USER_DEVICES.OS_VERSION, info.osVersion())
                .set(USER_DEVICES.MODEL, info.model())
                .set(USER_DEVICES.USER_AGENT, info.app())
                .set(USER_DEVICES.LAST_SEEN_AT, Times.utc(now))
                .where(USER_DEVICES.USER_ID.eq(user.value()))
                .and(USER_DEVICES.HWID_HASH.eq(device.hex()))
                .execute() > 0;
    }

    @Override
    public List<Device> of(UserId user) {
        return dsl.selectFrom(USER_DEVICES)
                .where(USER_DEVICES.USER_ID.eq(user.value()))
                .orderBy(USER_DEVICES.FIRST_SEEN_AT, USER_DEVICES.ID)
                .fetch(JooqUserDevices::toDevice);
    }

    @Override
    public boolean remove(UserId user, long device) {
        return dsl.deleteFrom(USER_DEVICES)
                .where(USER_DEVICES.USER_ID.eq(user.value()))
                .and(USER_DEVICES.ID.eq(device))
                .execute() > 0;
    }

    @Override
    public int removeAll(UserId user) {
        return dsl.deleteFrom(USER_DEVICES).where(USER_DEVICES.USER_ID.eq(user.value())).execute();
    }

    private static Device toDevice(UserDevicesRecord row) {
        return new Device(row.getId(), new DeviceInfo(row.getOs(), row.getOsVersion(), row.getModel(),
                row.getUserAgent()), Times.instant(row.getFirstSeenAt()), Times.instant(row.getLastSeenAt()));
    }
}
