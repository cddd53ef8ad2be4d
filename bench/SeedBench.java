import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * The seed's claimed figures, run against spanel the way such figures are measured: a fixed request
 * rate over 64 connections (as wrk2 does), each request's latency counted from the moment it was
 * due, so a slow answer cannot hide the delay of the requests queued behind it. Claims of the panel spanel
 * replaces: traffic 1000+ QPS under 50 ms, buy 10+ QPS under 200 ms, notify 100+ QPS under 100 ms.
 * Each is run at the claimed rate (purchases also at ten times it). Traffic is a one-user report from one of 64
 * nodes; a purchase is a full POST /user/buy for a distinct user; a notify is a signed EPay notify
 * for a distinct unpaid order. Environment: as ShopBench, PaymentBench and NodeBench.
 */
public class SeedBench {

    static final Duration RUN = Duration.ofSeconds(15);
    static final Duration WARM_UP = Duration.ofSeconds(5);
    /** Traffic reports sent before any row, at 500/s, so that both JVMs run compiled code. */
    static final Duration JIT_WARM_UP = Duration.ofSeconds(20);
    /** A request not answered within this counts as failed (HttpTimeoutException), so a backlog cannot stall the run. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int NODES = 64;
    /** Connections of the load generator, as the other benchmarks' 64. */
    static final int CONNECTIONS = 64;

    static final String URL = System.getenv("BENCH_URL");
    static final String KEY = System.getenv("MU_KEY");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Result(double achieved, double p50, double p99, double mean, Map<String, Integer> answers) {
    }

    public static void main(String[] args) throws Exception {
        long[] users = ShopBench.seedUsers();
        long product = ShopBench.seedProduct();
        long[] nodes = new long[NODES];
        for (int i = 0; i < NODES; i++) {
            nodes[i] = NodeBench.node("seed-" + i, "1");
        }
        int orders = (int) (100 * (WARM_UP.toSeconds() + RUN.toSeconds()));
        PaymentBench.seedOrders("seed", orders);
        List<String> notifies = PaymentBench.notifyPaths("seed", 1, orders);
        AtomicInteger nextUser = new AtomicInteger();
        AtomicInteger nextOrder = new AtomicInteger();
        Random random = new Random(1);

        IntFunction<HttpRequest> traffic = i -> HttpRequest.newBuilder(URI.create(URL + "/app/api/v0/node/traffic"))
                .header("Key", KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"node_id\":" + nodes[i % NODES] + ",\"data\":[{\"user_id\":"
                        + users[random.nextInt(users.length)] + ",\"u\":1024,\"d\":4096}]}")).build();
        IntFunction<HttpRequest> buy = i -> HttpRequest.newBuilder(URI.create(URL + "/app/api/v0/user/buy"))
                .header("Authorization", "Bearer " + ShopBench.token(users[nextUser.getAndIncrement() % users.length]))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"shop_id\":" + product + "}")).build();
        IntFunction<HttpRequest> notify = i -> HttpRequest.newBuilder(URI.create(URL + notifies.get(nextOrder.getAndIncrement())))
                .GET().build();

        // A panel that has been running has compiled its report path, and so has this client: 20 s
        // of reports at half the rate first, not measured.
        fixedRate(500, JIT_WARM_UP, traffic);
        System.out.println("## The seed's claimed figures, at a fixed rate (latency counted from when each request was due)\n");
        System.out.println("| request | seed's claim | rate asked | achieved (2xx/s) | p50 | p99 | mean | answers |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        claim("traffic report (one user)", "1000+ QPS, < 50 ms", traffic, 1_000);
        claim("purchase (`POST /user/buy`)", "10+ QPS, < 200 ms", buy, 10, 100);
        claim("payment notify (EPay, first delivery)", "100+ QPS, < 100 ms", notify, 100);
        System.out.printf(Locale.ROOT, "%nEach row: %d s at the rate after %d s of warm-up at it (and, before the first row, %d s"
                + " of traffic reports at 500/s); Java HttpClient, HTTP/1.1, at most 64 connections; a request unanswered after"
                + " %d s counts as failed.%n", RUN.toSeconds(), WARM_UP.toSeconds(), JIT_WARM_UP.toSeconds(), TIMEOUT.toSeconds());
    }

    static void claim(String label, String claim, IntFunction<HttpRequest> request, int... rates) throws Exception {
        for (int rate : rates) {
            fixedRate(rate, WARM_UP, request);
            Result r = fixedRate(rate, RUN, request);
            System.out.printf(Locale.ROOT, "| %s | %s | %,d/s | %,.0f | %.1f ms | %.1f ms | %.1f ms | %s |%n", label, claim,
                    rate, r.achieved(), r.p50(), r.p99(), r.mean(), r.answers());
        }
    }

    /**
     * Sends {@code rate} requests a second for {@code duration} over at most CONNECTIONS connections,
     * as wrk2 does: each connection has its own schedule, and a request sent late (its connection
     * still busy) is timed from when it was due.
     */
    static Result fixedRate(int rate, Duration duration, IntFunction<HttpRequest> request) throws Exception {
        int count = (int) (rate * duration.toSeconds());
        long period = 1_000_000_000L / rate;
        int connections = Math.min(CONNECTIONS, rate);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        AtomicInteger succeeded = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                final int first = c;
                pool.submit(() -> {
                    for (int i = first; i < count; i += connections) {
                        long due = start + i * period;
                        for (long wait; (wait = due - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(wait);
                        }
                        HttpRequest timed = HttpRequest.newBuilder(request.apply(i), (name, value) -> true).timeout(TIMEOUT).build();
                        String answer;
                        try {
                            int status = HTTP.send(timed, HttpResponse.BodyHandlers.discarding()).statusCode();
                            answer = String.valueOf(status);
                            if (status / 100 == 2) {
                                succeeded.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            answer = e.getClass().getSimpleName();
                        }
                        latencies.add(System.nanoTime() - due);
                        answers.computeIfAbsent(answer, k -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Integer> counted = new TreeMap<>();
        answers.forEach((k, v) -> counted.put(k, v.get()));
        return new Result(succeeded.get() / seconds, at(sorted, 50), at(sorted, 99),
                java.util.Arrays.stream(sorted).average().orElse(0) / 1e6, counted);
    }

    static double at(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1))] / 1e6;
    }
}
