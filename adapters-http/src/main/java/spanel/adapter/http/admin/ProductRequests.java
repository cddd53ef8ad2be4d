package spanel.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductSpec;

/** Product bodies: {"name","price","content":{...},"status","stock"}; a partial update sends any of them. */
final class ProductRequests {

    private static final Set<String> CONTENT_FIELDS = Set.of("traffic", "class", "class_expire", "expire_in",
            "reset_traffic", "speedlimit", "iplimit", "monthly_reset", "purchase_limit", "node_group");

    private ProductRequests() {
    }

    static ProductSpec newProduct(ObjectNode json) {
        String name = Fields.required("name", Fields.text(json, "name", "name").orElse(null));
        var price = Fields.required("price", Fields.money(json, "price").orElse(null));
        ProductSpec.Changes changes = changes(json);
        return Fields.rule(() -> new ProductSpec(name, price, PlanContent.EMPTY, true, OptionalInt.empty()).with(changes));
    }

    static ProductSpec.Changes changes(ObjectNode json) {
        Optional<OptionalInt> stock = Fields.isNull(json, "stock") ? Optional.of(OptionalInt.empty())
                : Fields.integer(json, "stock", "stock").map(s -> {
                    if (s < 0) {
                        throw InvalidRequest.field("stock", "must not be negative");
                    }
                    return OptionalInt.of(s);
                });
        return new ProductSpec.Changes(Fields.text(json, "name", "name"), Fields.money(json, "price"),
                Optional.ofNullable(json.get("content")).map(ProductRequests::content),
                Fields.integer(json, "status", "status").map(ProductRequests::enabled), stock);
    }

    private static boolean enabled(int status) {
        if (status != 0 && status != 1) {
            throw InvalidRequest.field("status", "must be 1 (on sale) or 0 (disabled)");
        }
        return status == 1;
    }

    private static PlanContent content(JsonNode node) {
        if (!(node instanceof ObjectNode json)) {
            throw InvalidRequest.field("content", "must be a JSON object");
        }
        json.fieldNames().forEachRemaining(field -> {
            if (!CONTENT_FIELDS.contains(field)) {
                throw InvalidRequest.field("content." + field, "unknown; known are " + CONTENT_FIELDS);
            }
        });
        return Fields.checked("content.traffic", () -> new PlanContent(
                Fields.whole(json, "traffic", "content.traffic").map(v -> OptionalLong.of(notNegative("traffic", v)))
                        .orElse(OptionalLong.empty()),
                small(json, "class"), small(json, "class_expire"), small(json, "expire_in"),
                Fields.bool(json, "reset_traffic", "content.reset_traffic").orElse(false),
                small(json, "speedlimit"), small(json, "iplimit"), monthlyReset(json), purchaseLimit(json),
                small(json, "node_group")));
    }

    private static Optional<MonthlyReset> monthlyReset(ObjectNode json) {
        if (Fields.isNull(json, "monthly_reset")) {
            return Optional.empty();
        }
        return Fields.text(json, "monthly_reset", "content.monthly_reset").map(name -> MonthlyReset.fromWireName(name)
                .orElseThrow(() -> InvalidRequest.field("content.monthly_reset", "must be purchase_day or first_day")));
    }

    private static OptionalInt purchaseLimit(ObjectNode json) {
        OptionalInt limit = small(json, "purchase_limit");
        if (limit.isPresent() && limit.getAsInt() < 1) {
            throw InvalidRequest.field("content.purchase_limit", "must be at least 1 (leave it out for no limit)");
        }
        return limit;
    }

    private static OptionalInt small(ObjectNode json, String name) {
        return Fields.integer(json, name, "content." + name).map(v -> OptionalInt.of((int) notNegative(name, v)))
                .orElse(OptionalInt.empty());
    }

    private static long notNegative(String name, long value) {
        if (value < 0) {
            throw InvalidRequest.field("content." + name, "must not be negative");
        }
        return value;
    }
}
