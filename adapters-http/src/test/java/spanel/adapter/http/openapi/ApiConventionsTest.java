package spanel.adapter.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The conventions of docs/API.md, checked over every answer /openapi.json describes for the user and
 * admin APIs (everything under /app/api/v0 but the node API): each list is paged the one way, each
 * id is an integer called {@code id} or {@code <thing>_id}, and each time is ISO-8601 when its
 * name ends in {@code _at} and Unix seconds otherwise.
 */
class ApiConventionsTest {

    private static final String API = "/app/api/v0";
    private static final String ISO_TIME = "#/components/schemas/IsoTime";
    private static final String UNIX_SECONDS = "#/components/schemas/UnixSeconds";
    /**
     * Chart series: a fixed run of time buckets, not a listing (the dashboard's usage, a user's
     * traffic history by day); the site's description, whose gateways are a short fixed set; a
     * ticket's whole thread; a user's notification choices, whose channels are a short fixed set.
     */
    private static final Set<String> NOT_LISTS = Set.of("GET " + API + "/admin/dashboard/usage", "GET " + API + "/site",
            "GET " + API + "/user/traffic", "GET " + API + "/user/tickets/{id}", "GET " + API + "/admin/tickets/{id}",
            "GET " + API + "/user/notifications");

    private final JsonNode document = read();

    @Test
    void everyListTakesPageAndSizeAndAnswersItsTotal() {
        Map<String, JsonNode> lists = lists();
        assertThat(lists).as("list routes found").containsKeys("GET " + API + "/admin/users", "GET " + API + "/user/shop",
                "GET " + API + "/payment/orders", "GET " + API + "/admin/detect-rules");

        lists.forEach((route, operation) -> {
            Map<String, JsonNode> query = new TreeMap<>();
            operation.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    query.put(p.path("name").asText(), p.path("schema"));
                }
            });
            assertThat(query).as(route + " query parameters").containsKeys("page", "size");
            assertThat(query.get("page").path("minimum").asInt()).as(route + " page").isEqualTo(1);
            assertThat(query.get("size").path("maximum").asInt()).as(route + " size").isEqualTo(100);
            JsonNode data = data(operation);
            List<String> required = new ArrayList<>();
            data.path("required").forEach(name -> required.add(name.asText()));
            assertThat(required).as(route + " answer").contains("count", "total", "page", "size").hasSize(5);
            String items = arrays(data).getFirst();
            assertThat(resolve(data.path("properties").path(items).path("items")).path("properties").has("id"))
                    .as(route + ": each listed item carries its id").isTrue();
        });
    }

    @Test
    void idsAreIntegersNamedIdOrAfterWhatTheyReferTo() {
        answerProperties().forEach((where, schema) -> {
            String name = where.substring(where.lastIndexOf('.') + 1);
            assertThat(name).as(where).doesNotMatch("uid|userid|.*[a-z]Id|.*[a-z]ID");
            if (name.equals("id") || name.endsWith("_id")) {
                assertThat(types(schema)).as(where + " is an integer").contains("integer").isSubsetOf("integer", "null");
            }
        });
    }

    @Test
    void timesAreIsoWhenTheirNameEndsInAtAndUnixSecondsOtherwise() {
        Map<String, JsonNode> properties = answerProperties();
        assertThat(properties).as("answer fields").containsKeys(API + "/user/info GET.created_at");

        properties.forEach((where, schema) -> {
            String name = where.substring(where.lastIndexOf('.') + 1);
            Set<String> refs = refs(schema);
            if (name.endsWith("_at")) {
                assertThat(refs).as(where + " is ISO-8601").containsExactly(ISO_TIME);
            } else {
                assertThat(refs).as(where + " is not ISO-8601: only names ending in _at are").doesNotContain(ISO_TIME);
                assertThat(types(schema)).as(where).doesNotContain("date-time");
            }
        });
        assertThat(refs(properties.get(API + "/admin/dashboard/sales GET.since"))).as("a time not named *_at")
                .containsExactly(UNIX_SECONDS);
    }

    /** GET routes of the user and admin APIs whose answer holds a list at its top. */
    private Map<String, JsonNode> lists() {
        Map<String, JsonNode> lists = new TreeMap<>();
        panelOperations().forEach((route, operation) -> {
            if (route.startsWith("GET ") && !NOT_LISTS.contains(route) && !arrays(data(operation)).isEmpty()) {
                lists.put(route, operation);
            }
        });
        return lists;
    }

    private Map<String, JsonNode> panelOperations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        document.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith(API) && !path.getKey().startsWith(API + "/node/")) {
                path.getValue().properties().forEach(op -> operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        });
        return operations;
    }

    /** Every property of every success answer, as "path METHOD.a.b.name", through $refs and arrays. */
    private Map<String, JsonNode> answerProperties() {
        Map<String, JsonNode> found = new TreeMap<>();
        panelOperations().forEach((route, operation) -> {
            String[] parts = route.split(" ", 2);
            walk(parts[1] + " " + parts[0], data(operation), found, new HashSet<>());
        });
        return found;
    }

    private void walk(String where, JsonNode schema, Map<String, JsonNode> found, Set<String> seen) {
        if (schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref") && !seen.add(schema.get("$ref").asText())) {
            return;
        }
        JsonNode resolved = resolve(schema);
        resolved.path("properties").properties().forEach(p -> {
            found.put(where + "." + p.getKey(), p.getValue());
            walk(where + "." + p.getKey(), p.getValue(), found, new HashSet<>(seen));
        });
        walk(where, resolved.path("items"), found, seen);
        for (String choice : List.of("oneOf", "anyOf")) {
            resolved.path(choice).forEach(option -> walk(where, option, found, seen));
        }
    }

    private JsonNode data(JsonNode operation) {
        return resolve(operation.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("properties").path("data"));
    }

    private List<String> arrays(JsonNode object) {
        List<String> arrays = new ArrayList<>();
        object.path("properties").properties().forEach(p -> {
            if (resolve(p.getValue()).path("type").asText().equals("array")) {
                arrays.add(p.getKey());
            }
        });
        return arrays;
    }

    /** The $refs a property's schema points at, directly or as one of its choices. */
    private Set<String> refs(JsonNode schema) {
        Set<String> refs = new HashSet<>();
        if (schema.has("$ref")) {
            refs.add(schema.get("$ref").asText());
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            schema.path(choice).forEach(option -> refs.addAll(refs(option)));
        }
        return refs;
    }

    /** The JSON types a property may take ("date-time" for a formatted string), through $refs and choices. */
    private Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode resolved = resolve(schema);
        JsonNode type = resolved.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (resolved.path("format").asText().equals("date-time")) {
            types.add("date-time");
        }
        if (resolved.has("const")) {
            types.add(resolved.get("const").isIntegralNumber() ? "integer" : resolved.get("const").getNodeType().name());
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            resolved.path(choice).forEach(option -> types.addAll(types(option)));
        }
        return types;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static JsonNode read() {
        try (InputStream in = ApiConventionsTest.class.getClassLoader().getResourceAsStream("spanel/http/openapi.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
