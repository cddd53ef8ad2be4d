package spanel.adapter.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/API.md's route index lists exactly the routes /openapi.json describes, so a reader finds each one. */
class ApiDocRoutesTest {

    private static final Set<String> OPERATIONS = Set.of("get", "post", "put", "delete", "head", "patch");
    private static final Pattern INDEX_ROW = Pattern.compile("^\\| (GET|POST|PUT|DELETE|HEAD|PATCH) \\| `([^`]+)` \\|",
            Pattern.MULTILINE);

    @Test
    void theRouteIndexOfTheApiDocListsEveryRouteOfOpenApiAndNoOther() throws IOException {
        Set<String> indexed = new TreeSet<>();
        Matcher row = INDEX_ROW.matcher(Files.readString(repositoryRoot().resolve("docs/API.md")));
        while (row.find()) {
            indexed.add(row.group(1) + " " + row.group(2));
        }

        assertThat(indexed).as("the routes docs/API.md indexes").isEqualTo(described());
    }

    private static Set<String> described() throws IOException {
        try (InputStream in = ApiDocRoutesTest.class.getResourceAsStream(OpenApiHandler.RESOURCE)) {
            JsonNode paths = new ObjectMapper().readTree(in).get("paths");
            Set<String> routes = new TreeSet<>();
            paths.properties().forEach(path -> path.getValue().properties().stream()
                    .filter(operation -> OPERATIONS.contains(operation.getKey()))
                    .forEach(operation -> routes.add(operation.getKey().toUpperCase() + " " + path.getKey())));
            return routes;
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
