package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;

/** Admission through a small app: one report at a time, none waiting, the rest refused with 503 + Retry-After. */
class AdmissionTest {

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private Javalin app;

    @AfterEach
    void stop() {
        release.countDown();
        app.stop();
    }

    @Test
    void overTheLimitARequestIsRefusedWith503AndRetryAfterAndTheNextOneIsAdmitted() throws Exception {
        Admission admission = new Admission(1, 0, Duration.ZERO, 5, 30, 4 * 1024 * 1024);
        app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));
            config.concurrency.useVirtualThreads = true;
            ErrorMapping.register(config.routes);
            config.routes.post("/report", admission.admit(ctx -> {
                entered.countDown();
                release.await();
                ctx.json(Envelope.ok(ctx.body().length()));
            }));
        }).start("127.0.0.1", 0);
        TestHttp http = new TestHttp(app.port());
        String body = "{\"data\":\"" + "x".repeat(200_000) + "\"}";
        try (ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<TestHttp.Reply> first = client.submit(() -> http.post("/report", body));
            entered.await();

            TestHttp.Reply refused = http.post("/report", body);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("error").asText()).isEqualTo("busy");
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(5, 30);
            release.countDown();
            assertThat(first.get().status()).isEqualTo(200);
        }
        assertThat(http.post("/report", body).status()).as("admitted again once the first is done").isEqualTo(200);
    }
}
