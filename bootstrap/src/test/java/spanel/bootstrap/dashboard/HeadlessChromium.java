package spanel.bootstrap.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's chromium, headless, driven over its DevTools protocol (a WebSocket, with the JDK's own
 * client): navigate, evaluate JavaScript in the page, take a screenshot. One page, one fresh profile.
 * Every request the page makes, and every response's headers, are recorded.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** A response the page received: its address, resource type (Document, Script, Fetch, …) and headers. */
    public record Response(String url, String type, JsonNode headers) {
    }

    public static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final java.util.List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<Response> responses = new java.util.concurrent.CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts chromium with a blank page of the given size and attaches to that page. */
    public static HeadlessChromium start(int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("spanel-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserUrl = null;
        BufferedReader stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        for (String line; browserUrl == null && (line = stderr.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserUrl = m.group(1);
            }
        }
        if (browserUrl == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium exited without opening its DevTools port");
        }
        Thread.ofVirtual().start(() -> stderr.lines().forEach(line -> { }));
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String pageUrl = null;
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://" + browser.getHost() + ":" + browser.getPort() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode target : targets) {
            if ("page".equals(target.path("type").asText())) {
                pageUrl = target.get("webSocketDebuggerUrl").asText();
            }
        }
        if (pageUrl == null) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium has no page to attach to");
        }
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), listener).join();
        HeadlessChromium chromium = new HeadlessChromium(process, profile, socket);
        listener.owner = chromium;
        chromium.send("Page.enable", JSON.createObjectNode());
        chromium.send("Runtime.enable", JSON.createObjectNode());
        chromium.send("Network.enable", JSON.createObjectNode());
        return chromium;
    }

    /** Opens the address and returns once the page's load event fired. */
    public void open(String url) {
        events.clear();
        send("Page.navigate", JSON.createObjectNode().put("url", url));
        awaitEvent("Page.loadEventFired");
    }

    /** Evaluates an expression in the page (a promise is awaited) and returns its value as JSON. */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("awaitPromise", true).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page threw: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Evaluates {@code condition} in the page until it is truthy, for up to 20 s (the page's own timers). */
    public void waitFor(String condition) {
        evaluate("new Promise((ok, fail) => { const until = Date.now() + " + WAIT.toMillis() + ";"
                + " const check = () => { try { if (" + condition + ") return ok(true); } catch (e) { }"
                + " if (Date.now() > until) return fail(new Error('timed out waiting for: ' + "
                + JSON.valueToTree(condition) + ")); setTimeout(check, 50); }; check(); })");
    }

    /** A PNG of the whole page. */
    public byte[] screenshot() {
        JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
                .put("captureBeyondViewport", true));
        return java.util.Base64.getDecoder().decode(shot.get("data").asText());
    }

    /** Every address the page asked for, in order (navigations, files, API calls, images). */
    public java.util.List<String> requested() {
        return java.util.List.copyOf(requested);
    }

    /** Every response the page received, in order. */
    public java.util.List<Response> responses() {
        return java.util.List.copyOf(responses);
    }

    /** Any DevTools command, for what the methods above do not cover (permissions, emulation). */
    public JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            if (answer.has("error")) {
                throw new AssertionError(method + " failed: " + answer.get("error"));
            }
            return answer.get("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(method + " got no answer from chromium", e);
        }
    }

    private void awaitEvent(String method) {
        long until = System.nanoTime() + WAIT.toNanos();
        try {
            for (JsonNode event; (event = events.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS)) != null; ) {
                if (method.equals(event.path("method").asText())) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("chromium sent no " + method);
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                if (reply != null) {
                    reply.complete(message);
                }
            } else {
                JsonNode params = message.path("params");
                switch (message.path("method").asText()) {
                    case "Network.requestWillBeSent" -> requested.add(params.path("request").path("url").asText());
                    case "Network.responseReceived" -> responses.add(new Response(params.path("response").path("url").asText(),
                            params.path("type").asText(), params.path("response").path("headers")));
                    default -> { }
                }
                events.add(message);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.abort();
        var helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        // Chromium's helper processes may outlive it by a moment and still write into the profile.
        helpers.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle helper : helpers) {
            helper.onExit().completeOnTimeout(helper, 5, TimeUnit.SECONDS).join();
        }
        deleteProfile();
    }

    /** Removes the profile; files that vanish while it is walked are already gone, which is the aim. */
    private void deleteProfile() throws IOException {
        Files.walkFileTree(profile, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                dir.toFile().delete();
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private volatile HeadlessChromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                owner.received(text);
            }
            webSocket.request(1);
            return null;
        }
    }
}
