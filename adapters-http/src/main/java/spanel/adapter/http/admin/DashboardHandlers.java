package spanel.adapter.http.admin;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.dashboard.port.in.ResolveReview;
import spanel.application.dashboard.port.in.ShowSales;
import spanel.application.dashboard.port.in.ShowUsage;
import spanel.domain.payment.OrderId;

/** /app/api/v0/admin/dashboard/* and the review resolution: what the /admin page draws, as JSON. */
public final class DashboardHandlers {

    record Count(long count, String amount) {
    }

    record Reviews(long total, List<OrderView> orders) {
    }

    record SalesView(long since, Count topups, Count purchases, String revenue, Reviews needsReview) {
        static SalesView of(ShowSales.Sales s) {
            return new SalesView(s.since().getEpochSecond(), new Count(s.topUps(), s.topUpAmount().toDecimalString()),
                    new Count(s.purchases(), s.purchaseAmount().toDecimalString()), s.revenue().toDecimalString(),
                    new Reviews(s.reviewTotal(), s.awaitingReview().stream().map(OrderView::of).toList()));
        }
    }

    record NodeSeries(long id, String name, List<Long> traffic, List<Integer> online) {
    }

    record UsageView(String range, long step, List<Long> buckets, List<NodeSeries> nodes) {
        static UsageView of(ShowUsage.Usage u) {
            return new UsageView(u.range().label(), u.range().step().toSeconds(),
                    u.buckets().stream().map(Instant::getEpochSecond).toList(),
                    u.nodes().stream().map(n -> new NodeSeries(n.id(), n.name(), n.traffic(), n.online())).toList());
        }
    }

    record ResolvedView(long id, String reviewResolvedAt, long reviewResolvedBy) {
    }

    private final DashboardUseCases useCases;

    public DashboardHandlers(DashboardUseCases useCases) {
        this.useCases = useCases;
    }

    /** GET /app/api/v0/admin/dashboard/sales. */
    public void sales(Context ctx) {
        ctx.json(Envelope.ok(SalesView.of(useCases.sales().today())));
    }

    /** GET /app/api/v0/admin/dashboard/usage?range=24h|30d (24h when absent). */
    public void usage(Context ctx) {
        String asked = ctx.queryParam("range");
        ShowUsage.Range range = asked == null ? ShowUsage.Range.DAY : Arrays.stream(ShowUsage.Range.values())
                .filter(r -> r.label().equals(asked)).findFirst()
                .orElseThrow(() -> InvalidRequest.field("range", "must be 24h or 30d"));
        ctx.json(Envelope.ok(UsageView.of(useCases.usage().usage(range))));
    }

    /** POST /app/api/v0/admin/orders/{id}/resolve-review. */
    public void resolveReview(Context ctx) {
        var resolved = useCases.resolveReview().resolve(
                new ResolveReview.Command(Callers.of(ctx).userId(), new OrderId(Fields.pathId(ctx, "id"))));
        ctx.json(Envelope.ok(new ResolvedView(resolved.order().value(), resolved.resolvedAt().toString(),
                resolved.resolvedBy().value())));
    }
}
