package spanel.adapter.persistence.shop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import spanel.domain.plan.MonthlyReset;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PlanContent;

/** A product's content as the JSON text in {@code products.content}, with the contract's field names. */
final class PlanContentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanContentJson() {
    }

    static String write(PlanContent content) {
        return object(content).toString();
    }

    /**
     * A purchase's {@code granted}: the content as sold, which {@link #read} reads back, and under
     * "after" the entitlement it left (expiries in Unix seconds), for whoever looks into a dispute.
     */
    static String writeGranted(PlanContent content, Entitlement after) {
        ObjectNode json = object(content);
        ObjectNode left = json.putObject("after");
        left.put("class", after.userClass());
        left.put("class_expire", after.classExpire().getEpochSecond());
        left.put("expire_in", after.expireIn().getEpochSecond());
        left.put("transfer_enable", after.transferEnable().bytes());
        left.put("speedlimit", after.speedLimit());
        left.put("iplimit", after.ipLimit());
        return json.toString();
    }

    /** The same fields, names and order as the API shows ({@link PlanContent#fields()}). */
    private static ObjectNode object(PlanContent content) {
        return MAPPER.valueToTree(content.fields());
    }

    static PlanContent read(String text) {
        JsonNode json;
        try {
            json = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("products.content is not JSON: " + text, e);
        }
        return new PlanContent(
                json.has("traffic") ? OptionalLong.of(json.get("traffic").asLong()) : OptionalLong.empty(),
                integer(json, "class"),
                integer(json, "class_expire"),
                integer(json, "expire_in"),
                json.path("reset_traffic").asBoolean(false),
                integer(json, "speedlimit"),
                integer(json, "iplimit"),
                Optional.ofNullable(json.get("monthly_reset")).map(JsonNode::asText).map(name -> MonthlyReset.fromWireName(name)
                        .orElseThrow(() -> new IllegalStateException("products.content has an unknown monthly_reset: " + name))),
                integer(json, "purchase_limit"),
                integer(json, "node_group"));
    }

    private static OptionalInt integer(JsonNode json, String name) {
        return json.has(name) ? OptionalInt.of(json.get(name).asInt()) : OptionalInt.empty();
    }
}
