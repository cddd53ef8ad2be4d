package spanel.domain.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import spanel.domain.error.InvalidInput;
import spanel.domain.user.UserId;

/**
 * What a node says its users moved since its last successful report. Entries for the same user
 * are summed; every amount is whole bytes from 0 to 2^53 (the largest integer a JSON number holds
 * exactly), and so is each user's sum.
 */
public record TrafficReport(NodeId node, Optional<String> reportId, List<Entry> entries) {

    public static final long MAX_BYTES = TrafficRate.MAX_BILLABLE_BYTES;
    public static final int MAX_REPORT_ID_LENGTH = 64;

    /** One line of a report: upload and download of one user, from the user's side. */
    public record Entry(UserId user, long u, long d) {

        public Entry {
            Objects.requireNonNull(user, "user");
            requireBytes("u", u);
            requireBytes("d", d);
        }
    }

    /** Whether an amount is whole bytes from 0 to 2^53. */
    public static boolean isBytes(long amount) {
        return amount >= 0 && amount <= MAX_BYTES;
    }

    /** Refuses an amount outside 0 to 2^53, naming the field it came in (the wire's, e.g. "data[3].u"). */
    public static void requireBytes(String field, long amount) {
        if (!isBytes(amount)) {
            throw new InvalidInput(field, "whole bytes from 0 to 2^53");
        }
    }

    /** Refuses a report id that is empty or longer than 64 characters. */
    public static void requireReportId(Optional<String> reportId) {
        reportId.ifPresent(id -> {
            if (id.isEmpty() || id.length() > MAX_REPORT_ID_LENGTH) {
                throw new InvalidInput("report_id", "1 to " + MAX_REPORT_ID_LENGTH + " characters");
            }
        });
    }

    /** A user's summed traffic in one report, raw and as billed at the node's rate. */
    public record UserTraffic(UserId user, long u, long d, long billedU, long billedD) {

        public long raw() {
            return u + d;
        }
    }

    public TrafficReport {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(reportId, "reportId");
        entries = List.copyOf(entries);
        requireReportId(reportId);
        // Refused whole, here, rather than halfway through applying it.
        sums(entries);
    }

    /**
     * The report summed per user, sorted by user id (the order rows are locked in, so concurrent
     * reports cannot deadlock), billed at the rate.
     */
    public List<UserTraffic> perUser(TrafficRate rate) {
        Map<UserId, long[]> sums = sums(entries);
        List<UserTraffic> perUser = new ArrayList<>(sums.size());
        sums.forEach((user, sum) -> perUser.add(
                new UserTraffic(user, sum[0], sum[1], rate.bill(sum[0]), rate.bill(sum[1]))));
        return perUser;
    }

    /** Upload and download summed per user, in user-id order; a sum past 2^53 is refused. */
    private static Map<UserId, long[]> sums(List<Entry> entries) {
        Map<UserId, long[]> sums = new TreeMap<>();
        for (Entry entry : entries) {
            long[] sum = sums.computeIfAbsent(entry.user(), k -> new long[2]);
            sum[0] = sumWithinLimit(sum[0], entry.u(), entry.user());
            sum[1] = sumWithinLimit(sum[1], entry.d(), entry.user());
        }
        return sums;
    }

    private static long sumWithinLimit(long sum, long add, UserId user) {
        long total = sum + add;
        if (total > MAX_BYTES) {
            throw new IllegalArgumentException("the traffic reported for user " + user + " sums past 2^53 bytes");
        }
        return total;
    }
}
