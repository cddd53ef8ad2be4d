package spanel.adapter.http.admin;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.Listing;
import spanel.application.admin.port.in.AdminQueries;
import spanel.domain.payment.ImportedOrder;
import spanel.domain.user.UserId;

/**
 * GET /app/api/v0/admin/users/{id}/imported-orders?page=&size= → {"orders":[...],"count","total","page","size"}:
 * the user's payments in the panel spanel was imported from, newest first.
 */
public final class ListImportedOrdersHandler implements Handler {

    /** One imported payment on the wire: amount as a two-decimal string, the time in ISO-8601 UTC. */
    record ImportedOrderView(long id, long userId, String source, String kind, String amount, String gateway,
            String tradeno, String description, String paidAt) {

        static ImportedOrderView of(ImportedOrder order) {
            return new ImportedOrderView(order.id(), order.user().value(), order.source(), order.kind(),
                    order.amount().toDecimalString(), order.gateway(), order.tradeNo(), order.description(),
                    order.paidAt().toString());
        }
    }

    private final AdminQueries queries;

    public ListImportedOrdersHandler(AdminQueries queries) {
        this.queries = queries;
    }

    @Override
    public void handle(Context ctx) {
        var page = queries.importedOrders(new UserId(Fields.pathId(ctx, "id")), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("orders", page, ImportedOrderView::of)));
    }
}
