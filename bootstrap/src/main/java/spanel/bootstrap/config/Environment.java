package spanel.bootstrap.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configuration variables: the process environment, over a {@code .env} file in the working
 * directory when there is one. A variable set to the empty string counts as unset.
 */
public final class Environment {

    private final Map<String, String> values;
    /** Every name asked for, set or not; shared with the aliased copies, which read for the same settings. */
    private final Set<String> asked;

    private Environment(Map<String, String> values) {
        this(values, ConcurrentHashMap.newKeySet());
    }

    private Environment(Map<String, String> values, Set<String> asked) {
        this.values = Map.copyOf(values);
        this.asked = asked;
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(variables);
    }

    /** The environment wins over the file; the file fills in what the environment leaves unset. */
    public static Environment load(Map<String, String> environment, Path dotEnv) {
        Map<String, String> merged = new HashMap<>();
        if (Files.isRegularFile(dotEnv)) {
            merged.putAll(parseDotEnv(read(dotEnv)));
        }
        environment.forEach((name, value) -> {
            if (!value.isEmpty()) {
                merged.put(name, value);
            }
        });
        return new Environment(merged);
    }

    public Optional<String> get(String name) {
        asked.add(name);
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    /** This environment where each name left unset takes its alias's value (ALIPAY_ID for ALIPAY_APP_ID). */
    public Environment withAliases(Map<String, String> aliasByName) {
        Map<String, String> merged = new HashMap<>(values);
        aliasByName.forEach((name, alias) -> {
            if (get(name).isEmpty()) {
                get(alias).ifPresent(value -> merged.put(name, value));
            }
        });
        return new Environment(merged, asked);
    }

    /** The names read so far, whether set or not: what docs/CONFIGURATION.md must list, no more, no less. */
    Set<String> namesAsked() {
        return Set.copyOf(asked);
    }

    /** Reads {@code NAME=value} lines; blank lines and {@code #} comments are skipped, quotes removed. */
    static Map<String, String> parseDotEnv(List<String> lines) {
        Map<String, String> parsed = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            } else {
                int comment = value.indexOf(" #");
                if (comment >= 0) {
                    value = value.substring(0, comment).strip();
                }
            }
            parsed.put(name, value);
        }
        return parsed;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
