package spanel.domain.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

    private static final Comparator<Entry> BY_USER = Comparator.comparingLong(entry -> entry.user().value());

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
        List<Entry> sums = sums(entries);
        List<UserTraffic> perUser = new ArrayList<>(sums.size());
        for (Entry sum : sums) {
            perUser.add(new UserTraffic(sum.user(), sum.u(), sum.d(), rate.bill(sum.u()), rate.bill(sum.d())));
        }
        return perUser;
    }

    /**
     * Upload and download summed per user, in user-id order; a sum past 2^53 is refused. Sorting
     * first makes each user's entries neighbours (a stable sort, nearly linear on the sorted lists
     * nodes usually send).
     */
    private static List<Entry> sums(List<Entry> entries) {
        Entry[] sorted = entries.toArray(Entry[]::new);
        Arrays.sort(sorted, BY_USER);
        List<Entry> sums = new ArrayList<>(sorted.length);
        for (int i = 0; i < sorted.length; ) {
            UserId user = sorted[i].user();
            long u = 0;
            long d = 0;
            for (; i < sorted.length && sorted[i].user().equals(user); i++) {
                u = sumWithinLimit(u, sorted[i].u(), user);
                d = sumWithinLimit(d, sorted[i].d(), user);
            }
            sums.add(new Entry(user, u, d));
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
