package spanel.application.user.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import spanel.domain.user.UserId;

/**
 * A user removes one of their devices, or an admin removes one or all of a user's devices, which
 * frees their places under the device limit. An admin's removal is audited; a device that is not
 * the owner's is a 404.
 */
public interface RemoveDevices {

    DevicesRemoved remove(Command command);

    /**
     * {@code admin} is present when an admin acts on another account; {@code device} empty means
     * all of the owner's devices (admins only).
     */
    record Command(Optional<UserId> admin, UserId owner, OptionalLong device) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(device, "device");
            if (admin.isEmpty() && device.isEmpty()) {
                throw new IllegalArgumentException("a user removes one device at a time");
            }
        }
    }

    record DevicesRemoved(UserId owner, int removed) {
    }
}
