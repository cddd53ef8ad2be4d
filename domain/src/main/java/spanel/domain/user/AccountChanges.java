package spanel.domain.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.traffic.Traffic;

/**
 * What an admin changes on an account: each field left empty stays as it is. {@code resetTraffic}
 * sets the used traffic (u and d) back to 0. Every refusal names its field.
 */
public record AccountChanges(
        Optional<Integer> userClass,
        Optional<Instant> classExpire,
        Optional<Instant> expireIn,
        Optional<Traffic> transferEnable,
        boolean resetTraffic,
        Optional<Integer> nodeGroup,
        Optional<Integer> speedLimit,
        Optional<Integer> deviceLimit,
        Optional<Email> email) {

    /** The latest expiry an account may have, as for plans. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    public AccountChanges {
        notNegative("class", Objects.requireNonNull(userClass, "userClass"));
        within("class_expire", Objects.requireNonNull(classExpire, "classExpire"));
        within("expire_in", Objects.requireNonNull(expireIn, "expireIn"));
        Objects.requireNonNull(transferEnable, "transferEnable");
        notNegative("node_group", Objects.requireNonNull(nodeGroup, "nodeGroup"));
        notNegative("node_speedlimit", Objects.requireNonNull(speedLimit, "speedLimit"));
        notNegative("node_iplimit", Objects.requireNonNull(deviceLimit, "deviceLimit"));
        Objects.requireNonNull(email, "email");
    }

    public boolean isEmpty() {
        return userClass.isEmpty() && classExpire.isEmpty() && expireIn.isEmpty() && transferEnable.isEmpty()
                && !resetTraffic && nodeGroup.isEmpty() && speedLimit.isEmpty() && deviceLimit.isEmpty() && email.isEmpty();
    }

    /** The changes as the audit log keeps them: {@code class=2; email=a@b.c; reset_traffic}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        userClass.ifPresent(v -> parts.add("class=" + v));
        classExpire.ifPresent(v -> parts.add("class_expire=" + v));
        expireIn.ifPresent(v -> parts.add("expire_in=" + v));
        transferEnable.ifPresent(v -> parts.add("transfer_enable=" + v.bytes()));
        if (resetTraffic) {
            parts.add("reset_traffic");
        }
        nodeGroup.ifPresent(v -> parts.add("node_group=" + v));
        speedLimit.ifPresent(v -> parts.add("node_speedlimit=" + v));
        deviceLimit.ifPresent(v -> parts.add("node_iplimit=" + v));
        email.ifPresent(v -> parts.add("email=" + v));
        return String.join("; ", parts);
    }

    private static void notNegative(String field, Optional<Integer> value) {
        if (value.isPresent() && value.get() < 0) {
            throw new IllegalArgumentException(field + ": must not be negative");
        }
    }

    private static void within(String field, Optional<Instant> value) {
        if (value.isPresent() && (value.get().isBefore(EARLIEST) || value.get().isAfter(LATEST))) {
            throw new IllegalArgumentException(field + ": must lie between 1970 and the end of 9999");
        }
    }
}
