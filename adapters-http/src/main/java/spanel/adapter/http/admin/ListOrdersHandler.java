package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.util.Optional;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Listing;
import spanel.application.admin.port.in.AdminQueries;
import spanel.domain.payment.OrderStatus;
import spanel.domain.user.UserId;

/**
 * GET /app/api/v0/admin/orders?status=&gateway=&user_id=&from=&to=&page=&size= →
 * {"orders":[...],"count","total","page","size"}; from and to are Unix seconds of the creation
 * (from inclusive, to exclusive).
 */
public final class ListOrdersHandler implements Handler {

    /** 9999-12-31T23:59:59Z. */
    static final long MAX_SECONDS = 253_402_300_799L;

    private final AdminQueries queries;

    public ListOrdersHandler(AdminQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var status = Fields.queryWhole(ctx, "status").map(s -> Fields.checked("status", () -> OrderStatus.fromCode(s)));
        var user = Fields.queryWhole(ctx, "user_id").map(id -> Fields.checked("user_id", () -> new UserId(id)));
        Optional<String> gateway = Optional.ofNullable(ctx.queryParam("gateway")).filter(g -> !g.isEmpty());
        if (gateway.isPresent() && !gateway.get().matches("[a-z0-9_]{1,16}")) {
            throw InvalidRequest.field("gateway", "a gateway name such as epay, alipay or stripe");
        }
        Optional<Instant> from = time(ctx, "from");
        Optional<Instant> to = time(ctx, "to");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw InvalidRequest.field("to", "must be after from");
        }
        var page = queries.orders(new AdminQueries.OrdersQuery(status, gateway, user, from, to, Fields.page(ctx)));
        ctx.json(Envelope.ok(Listing.of("orders", page, OrderView::of)));
    }

    /** A query parameter in Unix seconds, from 0 to the year 9999. */
    static Optional<Instant> time(Context ctx, String name) {
        return Fields.queryWhole(ctx, name).map(seconds -> {
            if (seconds < 0 || seconds > MAX_SECONDS) {
                throw InvalidRequest.field(name, "Unix seconds from 0 to " + MAX_SECONDS);
            }
            return Instant.ofEpochSecond(seconds);
        });
    }
}
