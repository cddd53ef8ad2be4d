package spanel.adapter.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.TestHttp;

/**
 * /openapi.json against the route table of HttpApi, both ways: every route served is described, and
 * every route described is served (DEBUG on, so that the manual payment confirm is in the table).
 */
class OpenApiRouteTest {

    private static final Set<HandlerType> VERBS =
            Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static final Set<String> OPERATION_KEYS = Set.of("get", "post", "put", "patch", "delete");

    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private Javalin start() {
        FakeUseCases useCases = new FakeUseCases();
        useCases.debug = true;
        app = useCases.start();
        return app;
    }

    @Test
    void everyServedRouteIsDescribedAndEveryDescribedRouteIsServed() throws IOException {
        Set<String> served = served(start());
        Set<String> described = described(document());

        assertThat(served).as("the route table").contains("GET /health", "POST /mod_mu/users/traffic",
                "GET /api/v1/server/UniProxy/config", "POST /app/api/v0/payment/debug/confirm", "GET /openapi.json");
        assertThat(served).as("served but missing from openapi.json").isSubsetOf(described);
        assertThat(described).as("in openapi.json but not served").isSubsetOf(served);
    }

    @Test
    void theDocumentIsServedAsOpenApi31Json() throws IOException {
        TestHttp.Reply reply = new TestHttp(start().port()).get("/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.json().get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(reply.json()).isEqualTo(document());
    }

    @Test
    void everyOperationAnswersSomethingAndEveryReferenceResolves() throws IOException {
        JsonNode document = document();
        List<String> problems = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey() + " " + path.getKey();
            JsonNode responses = operation.getValue().get("responses");
            if (responses == null || responses.isEmpty()) {
                problems.add(name + ": no responses");
            }
            Matcher params = Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
            while (params.find()) {
                String param = params.group(1);
                boolean declared = false;
                for (JsonNode p : operation.getValue().path("parameters")) {
                    declared |= p.path("in").asText().equals("path") && p.path("name").asText().equals(param)
                            && p.path("required").asBoolean();
                }
                if (!declared) {
                    problems.add(name + ": path parameter " + param + " not declared as required");
                }
            }
        }));
        collectBrokenReferences(document, document, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void theComparisonFindsARouteLeftOutAndARouteThatIsNotServed() throws IOException {
        ObjectNode document = (ObjectNode) document();
        ObjectNode paths = (ObjectNode) document.get("paths");
        paths.remove("/mod_mu/func/ping");
        paths.putObject("/app/api/v0/nowhere").putObject("get");
        Set<String> served = served(start());
        Set<String> described = described(document);

        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(described);
        Set<String> extra = new TreeSet<>(described);
        extra.removeAll(served);
        assertThat(missing).containsExactly("GET /mod_mu/func/ping");
        assertThat(extra).containsExactly("GET /app/api/v0/nowhere");
    }

    private static Set<String> served(Javalin app) {
        Set<String> routes = new TreeSet<>();
        app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            if (VERBS.contains(parsed.endpoint.method)) {
                routes.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        });
        return routes;
    }

    private static Set<String> described(JsonNode document) {
        Set<String> routes = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (OPERATION_KEYS.contains(operation.getKey())) {
                routes.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return routes;
    }

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiRouteTest.class.getResourceAsStream(OpenApiHandler.RESOURCE)) {
            assertThat(in).as(OpenApiHandler.RESOURCE).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static void collectBrokenReferences(JsonNode root, JsonNode node, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || root.at(ref.asText().substring(1)).isMissingNode())) {
                problems.add("unresolved " + ref.asText());
            }
            node.properties().forEach(child -> collectBrokenReferences(root, child.getValue(), problems));
        } else if (node.isArray()) {
            node.forEach(child -> collectBrokenReferences(root, child, problems));
        }
    }
}
