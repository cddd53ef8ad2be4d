package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.TRAFFIC_RESETS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.job.port.in.RunDueJobs;
import spanel.domain.common.MovableClock;

/**
 * A plan's life on the assembled service, on H2 and on PostgreSQL: bought once (a trial limited to
 * one per user), its traffic reset a month on at 00:00 in TIMEZONE by the job runner, its class
 * fallen back to DEFAULT_CLASS when it expires, and nothing deleted when the account expires.
 */
class PlansOverTimeEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";

    private final MovableClock clock = MovableClock.runningFromNow();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("TIMEZONE", "Asia/Shanghai", "DEFAULT_CLASS", "0", "DEFAULT_EXPIRE_DAYS", "200");
    }

    private String registerAndLogIn(String email) {
        TestHttp.Reply registered = http().post(API + "/auth/register",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        return logIn(email);
    }

    private String logIn(String email) {
        TestHttp.Reply reply = http().post(API + "/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data").get("access_token").asText();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private RunDueJobs.JobsRun runJobs() {
        RunDueJobs.JobsRun run = app().runDueJobs();
        assertThat(run.failed()).as("failed runs").isEmpty();
        return run;
    }

    @Test
    void aTrialIsBoughtOnceResetsMonthlyAndFallsBackWhenItsClassExpires() {
        TestHttp.Reply created = http().post(API + "/admin/products", """
                {"name":"Trial","price":"0","content":{"traffic":10,"class":1,"class_expire":45,
                 "monthly_reset":"purchase_day","purchase_limit":1}}""", asAdmin());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long product = created.json().get("data").get("id").asLong();
        String email = "trial-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = registerAndLogIn(email);
        long user = scalar("SELECT id FROM users WHERE email = '" + email + "'");

        TestHttp.Reply bought = http().post(API + "/user/buy", "{\"shop_id\":" + product + "}", bearer(token));
        assertThat(bought.status()).as(bought.body()).isEqualTo(200);
        // Another class than the account's class 0: the 45 days start now, not after its 200 free days.
        assertThat(bought.json().get("data").get("new_class_expire").asLong() - clock.instant().getEpochSecond())
                .isBetween(45L * 86_400 - 60, 45L * 86_400 + 60);
        TestHttp.Reply again = http().post(API + "/user/buy", "{\"shop_id\":" + product + "}", bearer(token));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("purchase_limit_reached");
        runJobs();
        dsl().update(USERS).set(USERS.U, 5_000L).set(USERS.D, 7_000L).where(USERS.ID.eq(user)).execute();

        clock.advance(Duration.ofDays(32));
        runJobs();

        assertThat(dsl().fetchCount(TRAFFIC_RESETS, TRAFFIC_RESETS.USER_ID.eq(user))).isEqualTo(1);
        assertThat(dsl().fetchValue(TRAFFIC_RESETS.D, TRAFFIC_RESETS.USER_ID.eq(user))).isEqualTo(7_000);
        JsonNode info = http().get(API + "/user/info", bearer(logIn(email))).json().get("data");
        assertThat(info.get("u").asLong() + info.get("d").asLong()).isZero();
        assertThat(info.get("class").asInt()).isEqualTo(1);

        clock.advance(Duration.ofDays(14));
        runJobs();

        assertThat(dsl().fetchValue(USERS.CLASS, USERS.ID.eq(user))).as("class 1 ran out: DEFAULT_CLASS").isZero();
        assertThat(dsl().fetchValue(USERS.RESET_DAY, USERS.ID.eq(user))).isNull();
        assertThat(dsl().fetchValue(USERS.TRANSFER_ENABLE, USERS.ID.eq(user))).as("the quota stays").isPositive();

        clock.advance(Duration.ofDays(200));
        runJobs();

        assertThat(dsl().fetchCount(USERS, USERS.ID.eq(user))).as("an expired account is kept").isEqualTo(1);
        assertThat(http().get("/metrics").body()).containsPattern("spanel_job_runs_total\\{job_name=\"traffic-reset\"} [1-9]");
    }
}
