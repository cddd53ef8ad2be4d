package spanel.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A registered device of a user: its row id, what the app said about it, when it first and last fetched. */
public record Device(long id, DeviceInfo info, Instant firstSeenAt, Instant lastSeenAt) {

    public Device {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }
}
