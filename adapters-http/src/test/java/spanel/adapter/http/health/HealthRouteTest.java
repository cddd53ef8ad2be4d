package spanel.adapter.http.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.component.LifeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.HttpApi;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.support.TrustedProxies;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.health.port.in.CheckHealth;
import spanel.domain.health.DependencyState;

class HealthRouteTest {

    private Javalin app;

    private TestHttp start(CheckHealth checkHealth) {
        FakeUseCases useCases = new FakeUseCases();
        useCases.checkHealth = checkHealth;
        app = HttpApi.create(new HttpSettings("127.0.0.1", 0, 1024, 100, TrustedProxies.NONE), useCases.build()).start();
        return new TestHttp(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void healthyAnswers200WithEachDependency() {
        TestHttp http = start(() -> new CheckHealth.Health(DependencyState.UP, DependencyState.EMBEDDED));

        TestHttp.Reply reply = http.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("ok");
        assertThat(reply.json().get("database").asText()).isEqualTo("up");
        assertThat(reply.json().get("redis").asText()).isEqualTo("embedded");
        assertThat(reply.json().get("limiter").asText()).isEqualTo("in-process");
        assertThat(reply.json().get("debug").asBoolean()).isFalse();
    }

    @Test
    void debugShowsInHealth() {
        TestHttp http = start(() -> new CheckHealth.Health(DependencyState.UP, DependencyState.UP, true, true));

        TestHttp.Reply reply = http.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("debug").asBoolean()).isTrue();
        assertThat(reply.json().get("limiter").asText()).isEqualTo("redis");
    }

    @Test
    void theDatabaseDownIsUnavailable() {
        TestHttp http = start(() -> new CheckHealth.Health(DependencyState.DOWN, DependencyState.UP));

        TestHttp.Reply reply = http.get("/health");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().get("status").asText()).isEqualTo("unavailable");
    }

    @Test
    void aDependencyDownAnswers503() {
        TestHttp http = start(() -> new CheckHealth.Health(DependencyState.UP, DependencyState.DOWN));

        TestHttp.Reply reply = http.get("/health");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.json().get("redis").asText()).isEqualTo("down");
        // Log-in goes on, its limits counted in the process: degraded, not unavailable.
        assertThat(reply.json().get("status").asText()).isEqualTo("degraded");
        assertThat(reply.json().get("limiter").asText()).isEqualTo("in-process");
    }

    @Test
    void anUnknownRouteIsA404InTheEnvelope() {
        TestHttp http = start(() -> new CheckHealth.Health(DependencyState.UP, DependencyState.UP));

        TestHttp.Reply reply = http.get("/app/api/v0/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("ret").asInt()).isZero();
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnyHandlerRuns() {
        TestHttp http = start(() -> new CheckHealth.Health(DependencyState.UP, DependencyState.UP));

        TestHttp.Reply reply = http.post("/app/api/v0/anything", "x".repeat(2048));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("error").asText()).isEqualTo("too_large");
    }

    @Test
    void stoppingFinishesARequestAlreadyInFlight() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch stopping = new CountDownLatch(1);
        // The request stays in flight until the server has begun to stop; released any other way it reports DOWN.
        TestHttp http = start(() -> {
            inside.countDown();
            return new CheckHealth.Health(awaited(stopping) ? DependencyState.UP : DependencyState.DOWN, DependencyState.UP);
        });
        app.jettyServer().server().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                stopping.countDown();
            }
        });

        CompletableFuture<TestHttp.Reply> inFlight = CompletableFuture.supplyAsync(() -> http.get("/health"));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        app.stop();

        assertThat(inFlight.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    private static boolean awaited(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
