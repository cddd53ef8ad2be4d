package spanel.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.CouponType;
import spanel.domain.shop.ProductId;

/**
 * Coupon bodies: {"code","type","value","total_limit","per_user_limit","expires_at","product_ids",
 * "enabled"}. The value is a whole percentage or an amount of money, by type; null limits and expiry mean none.
 */
final class CouponRequests {

    private CouponRequests() {
    }

    static CouponSpec newCoupon(ObjectNode json) {
        String code = Fields.required("code", Fields.text(json, "code", "code").orElse(null));
        CouponType type = Fields.required("type", type(json).orElse(null));
        var value = Fields.required("value", Fields.decimal(json, "value", "value").orElse(null));
        CouponSpec.Changes changes = changes(json);
        return Fields.rule(() -> new CouponSpec(CouponSpec.normaliseCode(code), type, CouponSpec.valueOf(type, value),
                OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Set.of(), true).with(changes));
    }

    static CouponSpec.Changes changes(ObjectNode json) {
        return new CouponSpec.Changes(
                Fields.text(json, "code", "code").map(CouponSpec::normaliseCode),
                type(json),
                Fields.decimal(json, "value", "value"),
                limit(json, "total_limit"),
                limit(json, "per_user_limit"),
                Fields.isNull(json, "expires_at") ? Optional.of(Optional.<Instant>empty())
                        : Fields.time(json, "expires_at").map(Optional::of),
                productIds(json),
                Fields.bool(json, "enabled", "enabled"));
    }

    private static Optional<CouponType> type(ObjectNode json) {
        return Fields.text(json, "type", "type").map(text -> Fields.checked("type", () -> CouponType.fromWire(text)));
    }

    private static Optional<OptionalInt> limit(ObjectNode json, String name) {
        if (Fields.isNull(json, name)) {
            return Optional.of(OptionalInt.empty());
        }
        return Fields.integer(json, name, name).map(OptionalInt::of);
    }

    private static Optional<Set<ProductId>> productIds(ObjectNode json) {
        JsonNode node = json.get("product_ids");
        if (node == null || node.isNull()) {
            return node == null ? Optional.empty() : Optional.of(Set.of());
        }
        if (!node.isArray()) {
            throw InvalidRequest.field("product_ids", "must be an array of product ids");
        }
        Set<ProductId> ids = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
                throw InvalidRequest.field("product_ids[" + i + "]", "must be a positive whole number");
            }
            ids.add(ProductId.of(id.asLong()));
        }
        return Optional.of(ids);
    }
}
