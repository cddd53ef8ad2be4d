package spanel.adapter.http.user;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.user.port.in.ShowTrafficHistory;

/**
 * GET /app/api/v0/user/traffic?days=N (1 to 90, 30 when left out): the caller's traffic per day
 * (in TIMEZONE, oldest first, every day present) and per node. {@code u} and {@code d} are the
 * bytes the nodes carried; {@code billed} what they counted against the quota, after each node's rate.
 */
public final class TrafficHistoryHandler implements Handler {

    static final int DEFAULT_DAYS = 30;

    record NodeView(long id, long u, long d, long billed) {
    }

    record DayView(String date, long u, long d, long billed, List<NodeView> nodes) {
    }

    record HistoryView(List<DayView> days) {
    }

    private final ShowTrafficHistory history;

    public TrafficHistoryHandler(ShowTrafficHistory history) {
        this.history = history;
    }

    @Override
    public void handle(Context ctx) {
        long days = Fields.queryWhole(ctx, "days").orElse((long) DEFAULT_DAYS);
        if (days < 1 || days > ShowTrafficHistory.MAX_DAYS) {
            throw InvalidRequest.field("days", "must be from 1 to " + ShowTrafficHistory.MAX_DAYS);
        }
        var shown = history.show(new ShowTrafficHistory.Query(Callers.of(ctx).userId(), (int) days));
        ctx.json(Envelope.ok(new HistoryView(shown.days().stream().map(day -> new DayView(day.date().toString(),
                day.total().u(), day.total().d(), day.total().billed(), day.nodes().stream()
                        .map(node -> new NodeView(node.nodeId(), node.bytes().u(), node.bytes().d(), node.bytes().billed()))
                        .toList())).toList())));
    }
}
