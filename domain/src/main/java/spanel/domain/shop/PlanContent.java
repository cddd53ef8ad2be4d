package spanel.domain.shop;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import spanel.domain.error.InvalidInput;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.traffic.Traffic;

/**
 * What a package grants (docs/PLANS.md, What a package grants): traffic to add (GB), the class to set, days added to the
 * class and account expiry, whether used traffic is reset, speed and IP limits, the node group to
 * move the buyer to. Absent parts
 * leave the account as it is. No part is negative. Two parts govern the plan over time rather
 * than the moment of purchase: its monthly traffic reset, and how often one user may buy it.
 */
public record PlanContent(
        OptionalLong trafficGb,
        OptionalInt userClass,
        OptionalInt classExpireDays,
        OptionalInt expireInDays,
        boolean resetTraffic,
        OptionalInt speedLimit,
        OptionalInt ipLimit,
        Optional<MonthlyReset> monthlyReset,
        OptionalInt purchaseLimit,
        OptionalInt nodeGroup) {

    public static final PlanContent EMPTY = new PlanContent(OptionalLong.empty(), OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty());

    /** A package with no monthly reset and no purchase limit. */
    public PlanContent(OptionalLong trafficGb, OptionalInt userClass, OptionalInt classExpireDays, OptionalInt expireInDays,
            boolean resetTraffic, OptionalInt speedLimit, OptionalInt ipLimit) {
        this(trafficGb, userClass, classExpireDays, expireInDays, resetTraffic, speedLimit, ipLimit, Optional.empty(),
                OptionalInt.empty());
    }

    /** A package that leaves the buyer's node group as it is. */
    public PlanContent(OptionalLong trafficGb, OptionalInt userClass, OptionalInt classExpireDays, OptionalInt expireInDays,
            boolean resetTraffic, OptionalInt speedLimit, OptionalInt ipLimit, Optional<MonthlyReset> monthlyReset,
            OptionalInt purchaseLimit) {
        this(trafficGb, userClass, classExpireDays, expireInDays, resetTraffic, speedLimit, ipLimit, monthlyReset,
                purchaseLimit, OptionalInt.empty());
    }

    public PlanContent {
        Objects.requireNonNull(trafficGb, "trafficGb");
        requireNotNegative(userClass, "class");
        requireNotNegative(classExpireDays, "class_expire");
        requireNotNegative(expireInDays, "expire_in");
        requireNotNegative(speedLimit, "speedlimit");
        requireNotNegative(ipLimit, "iplimit");
        requireNotNegative(nodeGroup, "node_group");
        Objects.requireNonNull(monthlyReset, "monthlyReset");
        Objects.requireNonNull(purchaseLimit, "purchaseLimit");
        if (purchaseLimit.isPresent() && purchaseLimit.getAsInt() < 1) {
            throw new IllegalArgumentException("purchase_limit: at least 1");
        }
        if (trafficGb.isPresent() && (trafficGb.getAsLong() < 0 || trafficGb.getAsLong() > Long.MAX_VALUE >> 30)) {
            throw new IllegalArgumentException("traffic: from 0 to " + (Long.MAX_VALUE >> 30) + " GB");
        }
    }

    /**
     * The entitlement this package leaves on an account that had {@code current} at {@code now}: the
     * class is set; each expiry grows by its days (as whole days of 24 hours, never calendar months)
     * from the later of now and the current expiry, so time already paid for is never lost; the
     * quota grows by the traffic; speed and IP limits are set. What the package leaves out stays.
     * A package that {@linkplain #startsClassTime starts the class time} counts its class days from
     * now: days paid for another class are not carried over into this one. A package that sets a
     * class without class days changes the class for the time already running; when no class runs,
     * it is refused, since the class would end the moment it is bought.
     * An expiry at {@link Entitlement#LATEST} is "never" (accounts imported from panels where they do
     * not expire): days added leave it so. A quota past the largest long, or an expiry that days would
     * take past {@link Entitlement#LATEST}, is refused.
     */
    public Entitlement grantOn(Entitlement current, Instant now) {
        if (userClass.isPresent() && classExpireDays.isEmpty() && !current.classExpire().isAfter(now)) {
            throw new InvalidInput("shop_id", "this package changes the class for the time it has left, and no class time"
                    + " is left: buy a package with class days first");
        }
        Instant classFrom = startsClassTime(current, now) && classExpireDays.isPresent() ? now : current.classExpire();
        return new Entitlement(
                userClass.orElse(current.userClass()),
                extend(classFrom, classExpireDays, now, "class expiry"),
                extend(current.expireIn(), expireInDays, now, "account expiry"),
                addTraffic(current.transferEnable()),
                speedLimit.orElse(current.speedLimit()),
                ipLimit.orElse(current.ipLimit()));
    }

    /**
     * Whether this package starts the class time afresh rather than extending it: it sets a class
     * other than the account's current effective class (the stored class while its expiry is ahead,
     * else none). The same class, or no class at all, extends what is left.
     */
    public boolean startsClassTime(Entitlement current, Instant now) {
        boolean classRuns = current.classExpire().isAfter(now);
        return userClass.isPresent() && (!classRuns || userClass.getAsInt() != current.userClass());
    }

    private static Instant extend(Instant current, OptionalInt days, Instant now, String what) {
        if (days.isEmpty() || current.equals(Entitlement.LATEST)) {
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

    /**
     * The parts present, under the contract's field names and in its order (docs/PLANS.md, What a package grants): what
     * the API shows and what {@code products.content} stores are both written from this, so they
     * cannot drift apart. Absent parts are left out; values are Long, Integer, Boolean or String.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        trafficGb.ifPresent(v -> fields.put("traffic", v));
        userClass.ifPresent(v -> fields.put("class", v));
        classExpireDays.ifPresent(v -> fields.put("class_expire", v));
        expireInDays.ifPresent(v -> fields.put("expire_in", v));
        fields.put("reset_traffic", resetTraffic);
        speedLimit.ifPresent(v -> fields.put("speedlimit", v));
        ipLimit.ifPresent(v -> fields.put("iplimit", v));
        monthlyReset.ifPresent(v -> fields.put("monthly_reset", v.wireName()));
        purchaseLimit.ifPresent(v -> fields.put("purchase_limit", v));
        nodeGroup.ifPresent(v -> fields.put("node_group", v));
        return fields;
    }

    private static void requireNotNegative(OptionalInt value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + ": must not be negative");
        }
    }
}
