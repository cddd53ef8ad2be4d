package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;

/**
 * The files in deploy/ that can be checked without a container engine: the compose file sets only
 * variables spanel reads, with values its settings accept; the Dockerfile copies paths that exist,
 * every module of the build, and the jar the build makes; the systemd unit and the alert rules pass
 * their own tools' checks where those tools are installed.
 */
class DeployFilesTest {

    private static final Path ROOT = repositoryRoot();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final Pattern UPPER_CASE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{4,})\"");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::([?-])([^}]*))?}");

    // --- compose.yaml

    @Test
    void everyVariableTheComposeFileSetsForSpanelIsOneSpanelReads() {
        Map<String, String> environment = spanelEnvironment();
        Set<String> known = variablesSpanelReads();

        assertThat(environment).isNotEmpty();
        assertThat(known).as("the names read from the settings code").contains("DATABASE_URL", "REDIS_URL", "MU_KEY",
                "DATA_DIR", "TRUSTED_PROXIES").doesNotContain("DATABASE_URI");
        assertThat(environment.keySet()).as("variables compose sets that spanel does not read").isSubsetOf(known);
    }

    @Test
    void theComposeEnvironmentIsAcceptedBySpanelsSettings() {
        Map<String, String> environment = new LinkedHashMap<>();
        spanelEnvironment().forEach((name, value) -> environment.put(name, interpolate(value)));

        Settings settings = Settings.from(Environment.of(environment));

        assertThat(settings.database().jdbcUrl()).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(settings.database().user()).contains("spanel");
        assertThat(settings.redisUrl()).contains("redis://redis:6379/0");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/spanel"));
        assertThat(settings.muKey()).isPresent();
    }

    @Test
    void spanelConnectsToTheDatabaseAndRedisTheComposeFileStarts() {
        JsonNode services = compose().get("services");
        Map<String, String> spanel = spanelEnvironment();
        JsonNode postgres = services.get("postgres").get("environment");

        assertThat(spanel.get("DATABASE_URL")).endsWith("/" + postgres.get("POSTGRES_DB").asText());
        assertThat(spanel.get("DATABASE_USER")).isEqualTo(postgres.get("POSTGRES_USER").asText());
        assertThat(spanel.get("DATABASE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD").asText());
        assertThat(services.has("redis")).isTrue();
        assertThat(spanel.get("DATA_DIR")).isEqualTo(volumeTarget(services.get("spanel"), "spanel-data"));
        assertThat(dockerfileEnv().get("DATA_DIR")).isEqualTo(spanel.get("DATA_DIR"));
    }

    // --- Dockerfile

    @Test
    void theDockerfileCopiesPathsThatExistAndEveryModuleOfTheBuild() throws IOException {
        List<String> copied = new ArrayList<>();
        for (String instruction : dockerfile()) {
            if (instruction.startsWith("COPY ") && !instruction.contains("--from=")) {
                String[] words = instruction.substring(5).strip().split("\\s+");
                for (int i = 0; i < words.length - 1; i++) {
                    copied.add(words[i].replaceAll("/$", ""));
                }
            }
        }

        assertThat(copied).isNotEmpty().allSatisfy(path -> assertThat(ROOT.resolve(path)).exists());
        assertThat(copied).contains("mvnw", "pom.xml", ".mvn").containsAll(modules());
        List<String> ignored = Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.replaceAll("/$", "")).toList();
        assertThat(ignored).as("the build context must keep what the Dockerfile copies").doesNotContainAnyElementsOf(copied);
    }

    @Test
    void theImageRunsTheJarTheBuildMakesAsAUserOfItsOwnOnAJreOf21OrLater() throws IOException {
        String bootstrapPom = Files.readString(ROOT.resolve("bootstrap/pom.xml"));
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(bootstrapPom);
        assertThat(finalName.find()).isTrue();
        List<String> instructions = dockerfile();
        String all = String.join("\n", instructions);

        assertThat(all).contains("bootstrap/target/" + finalName.group(1) + ".jar");
        List<String> froms = instructions.stream().filter(i -> i.startsWith("FROM ")).toList();
        assertThat(froms).hasSize(2);
        Matcher runtime = Pattern.compile("FROM eclipse-temurin:(\\d+)-jre").matcher(froms.get(1));
        assertThat(runtime.find()).as(froms.get(1)).isTrue();
        assertThat(Integer.parseInt(runtime.group(1))).isGreaterThanOrEqualTo(21);
        assertThat(instructions.stream().filter(i -> i.startsWith("USER ")).toList())
                .singleElement().satisfies(user -> assertThat(user).doesNotContain("root").isNotEqualTo("USER 0"));
        assertThat(all).containsPattern("HEALTHCHECK .*/health");
        assertThat(all).contains("VOLUME [\"" + dockerfileEnv().get("DATA_DIR") + "\"]");
        assertThat(all).contains("\"-jar\", \"/opt/spanel/spanel.jar\"");
    }

    // --- systemd unit and alert rules, where their tools are installed

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
        Path tool = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(tool), "systemd-analyze is not installed");

        String output = run(tool.toString(), "verify", DEPLOY.resolve("spanel.service").toString());

        // verify warns (and still exits 0) on unknown keys and bad values: any warning fails here.
        assertThat(output).isEmpty();
    }

    @Test
    void theUnitRunsTheJarWhereOperationsSaysWithItsOwnStateDirectory() throws IOException {
        String unit = Files.readString(DEPLOY.resolve("spanel.service"));

        assertThat(unit).contains("-jar /opt/spanel/spanel.jar serve", "StateDirectory=spanel",
                "Environment=DATA_DIR=/var/lib/spanel", "User=spanel", "NoNewPrivileges=yes", "ProtectSystem=strict");
        assertThat(Files.readString(ROOT.resolve("docs/OPERATIONS.md"))).contains("/opt/spanel/spanel.jar",
                "/etc/spanel/spanel.env");
    }

    @Test
    void theUnitRunsTheNewestJava21OrLaterUnderUsrLibJvmWhenTheJavaOnPathIsOlder(@TempDir Path dir) throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        fakeJava(jvms.resolve("java-17-openjdk-amd64"), "17.0.13");
        fakeJava(jvms.resolve("temurin-21-jre"), "21.0.5");
        Path path = fakeJava(dir.resolve("usr"), "17.0.13").getParent();

        ProcessResult started = startUnit(dir, jvms, path);

        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output().strip()).isEqualTo(jvms.resolve("temurin-21-jre/bin/java") + " @" + dir.resolve("jvm.options")
                + " -jar " + dir.resolve("spanel.jar") + " serve");
    }

    @Test
    void theUnitSaysWhatToInstallWhenNoJava21IsThere(@TempDir Path dir) throws Exception {
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        fakeJava(jvms.resolve("java-17-openjdk-amd64"), "17.0.13");
        Path path = fakeJava(dir.resolve("usr"), "17.0.13").getParent();

        ProcessResult started = startUnit(dir, jvms, path);

        assertThat(started.exitCode()).isNotZero();
        assertThat(started.output()).contains("needs a JDK 21 or newer").doesNotContain("-jar");
    }

    private record ProcessResult(int exitCode, String output) {
    }

    /**
     * The unit's ExecStart run as systemd runs it (its $$ is the shell's $), with /opt/spanel/ in
     * {@code dir}, the JVMs in {@code jvms} instead of /usr/lib/jvm, and {@code path} first on PATH.
     */
    private static ProcessResult startUnit(Path dir, Path jvms, Path path) throws Exception {
        String execStart = Files.readAllLines(DEPLOY.resolve("spanel.service")).stream()
                .filter(line -> line.startsWith("ExecStart=")).findFirst().orElseThrow().substring("ExecStart=".length());
        Matcher shell = Pattern.compile("^/bin/bash -c '(.*)'$").matcher(execStart);
        assertThat(shell.matches()).as("ExecStart runs its command through bash: %s", execStart).isTrue();
        Files.copy(ROOT.resolve("scripts/lib/jdk.sh"), dir.resolve("jdk.sh"));
        Files.writeString(dir.resolve("jvm.options"), "-Xmx96m\n");
        Files.writeString(dir.resolve("spanel.jar"), "");
        String script = shell.group(1).replace("$$", "$").replace("/opt/spanel/", dir + "/");
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", script).redirectErrorStream(true);
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", path + ":/usr/bin:/bin");
        builder.environment().put("SPANEL_JVM_DIR", jvms.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new ProcessResult(process.exitValue(), output);
    }

    /** A Java runtime (no javac) of the given version at {@code home}, whose java prints how it was called; returns bin/java. */
    private static Path fakeJava(Path home, String version) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$0 $*\"\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return java;
    }

    @Test
    void theLauncherTheImageAndTheUnitRunJavaWithTheOneJvmOptionsFile() throws IOException {
        String launcher = Files.readString(ROOT.resolve("spanel"));
        String image = String.join("\n", dockerfile());
        String unit = Files.readString(DEPLOY.resolve("spanel.service"));
        List<String> options = Files.readAllLines(DEPLOY.resolve("jvm.options")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertThat(options).contains("-XX:+UseSerialGC", "-Xmx96m", "-XX:+ExitOnOutOfMemoryError");
        assertThat(launcher).contains("@\"$root/deploy/jvm.options\"", "MALLOC_ARENA_MAX:-2");
        assertThat(image).contains("COPY deploy/jvm.options /opt/spanel/jvm.options",
                "[\"java\", \"@/opt/spanel/jvm.options\", \"-jar\"");
        assertThat(dockerfileEnv()).containsEntry("MALLOC_ARENA_MAX", "2");
        assertThat(unit).contains("/bin/java\" @/opt/spanel/jvm.options -jar", "Environment=MALLOC_ARENA_MAX=2",
                "deploy/jvm.options /opt/spanel/jvm.options");
        assertThat(Files.readAllLines(DEPLOY.resolve("Dockerfile.dockerignore"))).contains("!deploy/jvm.options");
        for (String launch : List.of(launcher, image, unit)) {
            assertThat(withoutComments(launch)).as("heap and collector come from jvm.options only")
                    .doesNotContain("-Xmx", "MaxRAMPercentage", "UseSerialGC");
        }
    }

    @Test
    void theExampleAlertRulesPassPromtool() throws Exception {
        Path tool = Stream.of("/usr/bin/promtool", "/usr/local/bin/promtool").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(tool != null, "promtool is not installed");

        String output = run(tool.toString(), "check", "rules", DEPLOY.resolve("prometheus-alerts.yml").toString());

        assertThat(output).contains("SUCCESS");
    }

    @Test
    void theNginxExampleTrustsOnlyItselfAndAppendsTheClientAddress() throws IOException {
        String nginx = Files.readString(DEPLOY.resolve("nginx.conf"));

        assertThat(nginx).contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
                "TRUSTED_PROXIES=127.0.0.1,::1", "server 127.0.0.1:8000;");
    }

    // --- helpers

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("the tests run outside the repository");
        }
        return dir;
    }

    private static JsonNode compose() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(DEPLOY.resolve("compose.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** services.spanel.environment, in either of compose's forms (a map, or a list of NAME=value). */
    private static Map<String, String> spanelEnvironment() {
        JsonNode environment = compose().get("services").get("spanel").get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isArray()) {
            environment.forEach(item -> {
                String[] pair = item.asText().split("=", 2);
                variables.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        } else {
            environment.properties().forEach(entry -> variables.put(entry.getKey(), entry.getValue().asText()));
        }
        return variables;
    }

    /** What compose would substitute: ${X:-default} its default, ${X:?message} (required) a value an operator sets. */
    private static String interpolate(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = "-".equals(m.group(2)) ? m.group(3) : "an-operator-chosen-secret-0123456789";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String volumeTarget(JsonNode service, String volume) {
        for (JsonNode mount : service.get("volumes")) {
            String[] parts = mount.asText().split(":");
            if (parts[0].equals(volume)) {
                return parts[1];
            }
        }
        throw new AssertionError("no volume " + volume);
    }

    /** Every upper-case string literal of the bootstrap sources: the variable names spanel reads, and a few more. */
    private static Set<String> variablesSpanelReads() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("bootstrap/src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = UPPER_CASE_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<String> modules() throws IOException {
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    /** The Dockerfile's instructions, continuation lines joined, comments dropped. */
    private static List<String> dockerfile() {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        try {
            for (String raw : Files.readAllLines(DEPLOY.resolve("Dockerfile"), StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.startsWith("#") || line.isEmpty() && current.isEmpty()) {
                    continue;
                }
                boolean continues = line.endsWith("\\");
                current.append(continues ? line.substring(0, line.length() - 1).strip() + " " : line);
                if (!continues) {
                    instructions.add(current.toString().strip());
                    current.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return instructions;
    }

    /** The ENV the runtime image sets (NAME=value pairs). */
    private static String withoutComments(String script) {
        return script.lines().filter(line -> !line.strip().startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static Map<String, String> dockerfileEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String instruction : dockerfile()) {
            if (instruction.startsWith("ENV ")) {
                for (String pair : instruction.substring(4).strip().split("\\s+")) {
                    String[] kv = pair.split("=", 2);
                    env.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
        }
        return env;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
