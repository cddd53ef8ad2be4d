package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;

/** Admission through a small app: one place, none waiting, the rest refused with 503 + Retry-After. */
class AdmissionTest {

    /** The shares of one place, as a panel has them. */
    private static final int PLACE = 16;

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private Javalin app;

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.stop();
        }
    }

    /** A report route that holds every request it admits until the test releases them. */
    private TestHttp start(Admission admission, CountDownLatch admitted) {
        app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), true));
            config.concurrency.useVirtualThreads = true;
            ErrorMapping.register(config.routes);
            config.routes.post("/report", admission.admit(ctx -> {
                admitted.countDown();
                release.await();
                ctx.json(Envelope.ok(ctx.body().length()));
            }));
        }).start("127.0.0.1", 0);
        return new TestHttp(app.port());
    }

    @Test
    void sixteenOneUserReportsRunWhereOneLargeReportWouldAndTheSeventeenthIsRefused() throws Exception {
        CountDownLatch allIn = new CountDownLatch(PLACE);
        Admission admission = new Admission(1, PLACE, 0, Duration.ZERO, 5, 30, 4 * 1024 * 1024);
        TestHttp http = start(admission, allIn);
        String small = "{\"node_id\":1,\"data\":[{\"user_id\":1,\"u\":1,\"d\":1}]}";
        try (ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<TestHttp.Reply>> running = new ArrayList<>();
            for (int i = 0; i < PLACE; i++) {
                running.add(client.submit(() -> http.post("/report", small)));
            }
            allIn.await();

            TestHttp.Reply refused = http.post("/report", small);

            assertThat(refused.status()).isEqualTo(503);
            release.countDown();
            for (Future<TestHttp.Reply> reply : running) {
                assertThat(reply.get().status()).isEqualTo(200);
            }
        }
    }

    @Test
    void aBodyTakesAShareOfAPlaceByItsLengthAndOneOfUnknownLengthAWholePlace() {
        assertThat(Admission.shares(60, PLACE)).isEqualTo(1);
        assertThat(Admission.shares(Admission.SHARE_BYTES + 1, PLACE)).isEqualTo(2);
        assertThat(Admission.shares(50_000, PLACE)).isEqualTo(13);
        assertThat(Admission.shares(1_000_000, PLACE)).isEqualTo(PLACE);
        assertThat(Admission.shares(-1, PLACE)).isEqualTo(PLACE);
    }

    @Test
    void overTheLimitARequestIsRefusedWith503AndRetryAfterAndTheNextOneIsAdmitted() throws Exception {
        Admission admission = new Admission(1, PLACE, 0, Duration.ZERO, 5, 30, 4 * 1024 * 1024);
        TestHttp http = start(admission, entered);
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
