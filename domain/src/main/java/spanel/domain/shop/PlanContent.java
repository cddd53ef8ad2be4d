package spanel.domain.shop;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import spanel.domain.error.InvalidInput;
import spanel.domain.traffic.Traffic;

/**
 * What a package grants (docs/API.md, Shop): traffic to add (GB), the class to set, days added to the
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

    /**
     * The entitlement this package leaves on an account that had {@code current} at {@code now}: the
     * class is set; each expiry grows by its days (as whole days of 24 hours, never calendar months)
     * from the later of now and the current expiry, so time already paid for is never lost; the
     * quota grows by the traffic; speed and IP limits are set. What the package leaves out stays.
     * A quota past the largest long or an expiry past {@link Entitlement#LATEST} is refused.
     */
    public Entitlement grantOn(Entitlement current, Instant now) {
        return new Entitlement(
                userClass.orElse(current.userClass()),
                extend(current.classExpire(), classExpireDays, now, "class expiry"),
                extend(current.expireIn(), expireInDays, now, "account expiry"),
                addTraffic(current.transferEnable()),
                speedLimit.orElse(current.speedLimit()),
                ipLimit.orElse(current.ipLimit()));
    }

    private static Instant extend(Instant current, OptionalInt days, Instant now, String what) {
        if (days.isEmpty()) {
            return current;
        }
        Instant from = current.isAfter(now) ? current : now;
        Instant until = from.plus(Duration.ofDays(days.getAsInt()));
        if (until.isAfter(Entitlement.LATEST)) {
            throw new InvalidInput("shop_id", "this package would take the " + what + " past " + Entitlement.LATEST);
        }
        return until;
    }

    private Traffic addTraffic(Traffic quota) {
        if (trafficGb.isEmpty()) {
            return quota;
        }
        try {
            return quota.plus(Traffic.ofGigabytes(trafficGb.getAsLong()));
        } catch (ArithmeticException e) {
            throw new InvalidInput("shop_id", "this package would take the traffic quota past " + Long.MAX_VALUE + " bytes");
        }
    }

    private static void requireNotNegative(OptionalInt value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + ": must not be negative");
        }
    }
}
