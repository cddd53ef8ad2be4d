package spanel.application.user.port.out;

import java.time.Instant;
import java.util.List;
import spanel.domain.user.Device;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/** The devices registered to each user, known by the hash of their device id only. */
public interface UserDevices {

    /** What a registration did. */
    enum Registration {
        /** The device was registered already; its last fetch and what it says about itself are updated. */
        KNOWN,
        /** A new device, registered now. */
        ADDED,
        /** A new device, and the user has as many as the limit: nothing was written. */
        FULL
    }

    /**
     * Registers the device, or refreshes it, unless it is new and the user already has
     * {@code limit} devices (0: no limit). Must run inside a transaction: racing registrations of
     * one user are settled in SQL, so together they never pass the limit.
     */
    Registration register(UserId user, TokenHash device, DeviceInfo info, int limit, Instant now);

    /** The user's devices, first registered first. */
    List<Device> of(UserId user);

    /** Removes one of the user's devices; false when the user has no device with that id. */
    boolean remove(UserId user, long device);

    /** Removes all the user's devices; answers how many there were. */
    int removeAll(UserId user);
}
