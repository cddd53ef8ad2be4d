package spanel.domain.shop;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a package grants (contract §5): traffic to add (GB), the class to set, days added to the
 * class and account expiry, whether used traffic is reset, speed and IP limits. Absent parts
 * leave the account as it is. No part is negative.
 */
public record PlanContent(
        OptionalLong trafficGb,
        OptionalInt userClass,
        OptionalInt classExpireDays,
        OptionalInt expireInDays,
        boolean resetTraffic,
        OptionalInt speedLimit,
        OptionalInt ipLimit) {

    public static final PlanContent EMPTY = new PlanContent(OptionalLong.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty());

    public PlanContent {
        Objects.requireNonNull(trafficGb, "trafficGb");
        requireNotNegative(userClass, "class");
        requireNotNegative(classExpireDays, "class_expire");
        requireNotNegative(expireInDays, "expire_in");
        requireNotNegative(speedLimit, "speedlimit");
        requireNotNegative(ipLimit, "iplimit");
        if (trafficGb.isPresent() && (trafficGb.getAsLong() < 0 || trafficGb.getAsLong() > Long.MAX_VALUE >> 30)) {
            throw new IllegalArgumentException("traffic: from 0 to " + (Long.MAX_VALUE >> 30) + " GB");
        }
    }

    private static void requireNotNegative(OptionalInt value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + ": must not be negative");
        }
    }
}
