package spanel.adapter.http.node;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.IpAddresses;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.in.ReportTraffic;
import spanel.domain.node.NodeId;
import spanel.domain.node.TrafficReport;
import spanel.domain.user.UserId;

/**
 * The bodies both node APIs send, parsed whole before anything runs: one bad entry refuses the
 * whole report with the entry's field named. Shared by /app/api/v0/node and /mod_mu.
 */
public final class NodeRequests {

    /** One traffic line as sent: boxed, so a missing field is told apart from a zero. */
    public record TrafficEntry(Long userId, Long u, Long d) {
    }

    public record AliveEntry(Long userId, String ip) {
    }

    public record DetectionEntry(Long listId, Long userId) {
    }

    private NodeRequests() {
    }

    /** The node's key: header {@code Key}, else query {@code key}. */
    public static String key(Context ctx) {
        String header = ctx.header("Key");
        return header != null && !header.isBlank() ? header : ctx.queryParam("key");
    }

    public static ReportTraffic.Command traffic(long nodeId, String reportId, List<TrafficEntry> data, int maxEntries,
            String key) {
        Fields.check(() -> TrafficReport.requireReportId(Optional.ofNullable(reportId)));
        List<TrafficEntry> entries = Fields.required("data", data);
        if (entries.isEmpty()) {
            throw InvalidRequest.field("data", "at least one entry is required");
        }
        if (entries.size() > maxEntries) {
            throw InvalidRequest.field("data", "at most " + maxEntries + " entries per report");
        }
        List<TrafficReport.Entry> parsed = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            parsed.add(entry(i, entries.get(i)));
        }
        NodeId node = Fields.checked("node_id", () -> NodeId.of(nodeId));
        TrafficReport report = Fields.checked("data", () -> new TrafficReport(node, Optional.ofNullable(reportId), parsed));
        return new ReportTraffic.Command(report, key);
    }

    /**
     * One line of a report. A valid line (nearly every one) is taken as it is; only a line that
     * fails is checked field by field, to name where ("data[3].u"): the names cost more than the line.
     */
    private static TrafficReport.Entry entry(int i, TrafficEntry entry) {
        if (entry != null && entry.userId() != null && entry.u() != null && entry.d() != null) {
            try {
                return new TrafficReport.Entry(UserId.of(entry.userId()), entry.u(), entry.d());
            } catch (RuntimeException invalid) {
                // Checked again below, where the refusal is named.
            }
        }
        String at = "data[" + i + "]";
        Fields.required(at, entry);
        long user = Fields.required(at + ".user_id", entry.userId());
        long u = Fields.required(at + ".u", entry.u());
        long d = Fields.required(at + ".d", entry.d());
        UserId id = Fields.checked(at + ".user_id", () -> UserId.of(user));
        return Fields.within(at, () -> new TrafficReport.Entry(id, u, d));
    }

    public static List<ReportAliveIps.Seen> aliveIps(List<AliveEntry> data) {
        List<AliveEntry> entries = Fields.required("data", data);
        List<ReportAliveIps.Seen> seen = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String at = "data[" + i + "]";
            AliveEntry entry = Fields.required(at, entries.get(i));
            long user = Fields.required(at + ".user_id", entry.userId());
            String ip = Fields.required(at + ".ip", entry.ip());
            UserId id = Fields.checked(at + ".user_id", () -> UserId.of(user));
            IpAddresses.canonical(ip).ifPresent(address -> seen.add(new ReportAliveIps.Seen(id, address)));
        }
        return seen;
    }

    public static NodeId nodeId(long id) {
        return Fields.checked("node_id", () -> NodeId.of(id));
    }
}
