package spanel.application.user;

import java.util.List;
import java.util.Objects;
import spanel.application.user.port.in.DeviceQueries;
import spanel.application.user.port.out.UserDevices;
import spanel.domain.user.Device;
import spanel.domain.user.UserId;

public final class DeviceQueryService implements DeviceQueries {

    private final UserDevices devices;

    public DeviceQueryService(UserDevices devices) {
        this.devices = Objects.requireNonNull(devices);
    }

    @Override
    public List<Device> devicesOf(UserId user) {
        return devices.of(user);
    }
}
