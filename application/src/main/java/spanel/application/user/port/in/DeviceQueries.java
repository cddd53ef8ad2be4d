package spanel.application.user.port.in;

import java.util.List;
import spanel.domain.user.Device;
import spanel.domain.user.UserId;

/** The devices registered to a user, for the user and for admins. */
public interface DeviceQueries {

    /** The user's devices, first registered first. */
    List<Device> devicesOf(UserId user);
}
