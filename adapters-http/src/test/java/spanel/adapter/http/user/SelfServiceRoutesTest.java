package spanel.adapter.http.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.user.port.in.ChangePassword;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.in.PasswordChanged;
import spanel.application.user.port.in.RequestPasswordReset;
import spanel.application.user.port.in.ResetPassword;
import spanel.domain.error.InvalidInput;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AlreadyCheckedIn;
import spanel.domain.user.UserId;

/** Password change, reset by mail and check-in, on a server built as with SMTP_URL and a check-in bonus set. */
class SelfServiceRoutesTest extends RouteTest {

    private static final String API = "/app/api/v0";

    SelfServiceRoutesTest() {
        useCases.mail = true;
        useCases.checkins = true;
    }

    @Test
    void aPasswordChangeKeepsTheTokenOfTheRequestAndAnswersHowManyStopped() {
        AtomicReference<ChangePassword.Command> seen = new AtomicReference<>();
        useCases.changePassword = command -> {
            seen.set(command);
            return new PasswordChanged(command.user(), 3);
        };

        TestHttp.Reply reply = http().post(API + "/user/password",
                "{\"current_password\":\"old password\",\"new_password\":\"new password\"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("data").get("signed_out").asInt()).isEqualTo(3);
        assertThat(seen.get().user()).isEqualTo(new UserId(7));
        assertThat(seen.get().usedToken().value()).isEqualTo(USER_TOKEN);
        assertThat(seen.get().currentPassword()).isEqualTo("old password");
        assertThat(seen.get().newPassword().value()).isEqualTo("new password");
    }

    @Test
    void aPasswordChangeNeedsATokenAndBothFields() {
        String body = "{\"current_password\":\"old password\",\"new_password\":\"new password\"}";
        assertRefused(http().post(API + "/user/password", body), 401, "unauthorized");
        assertInvalidField(http().post(API + "/user/password", "{\"new_password\":\"new password\"}", bearer(USER_TOKEN)),
                "current_password");
        assertInvalidField(http().post(API + "/user/password", "{\"current_password\":\"x\",\"new_password\":\"short\"}",
                bearer(USER_TOKEN)), "new_password");
        assertInvalidField(http().post(API + "/user/password", "{\"current_password\":\"x\"}", bearer(USER_TOKEN)),
                "new_password");
    }

    @Test
    void aWrongCurrentPasswordIs400NamingIt() {
        useCases.changePassword = command -> {
            throw new InvalidInput("current_password", "does not match the account's password; nothing was changed");
        };

        assertInvalidField(http().post(API + "/user/password",
                "{\"current_password\":\"wrong one\",\"new_password\":\"new password\"}", bearer(USER_TOKEN)), "current_password");
    }

    @Test
    void forgotAnswersTheSameForEveryAddressAndPassesTheClient() {
        AtomicReference<RequestPasswordReset.Command> seen = new AtomicReference<>();
        useCases.requestReset = command -> {
            seen.set(command);
            return new RequestPasswordReset.ResetRequested(Duration.ofMinutes(30));
        };

        TestHttp.Reply reply = http().post(API + "/auth/forgot", "{\"email\":\" Someone@Example.com \"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("expires_in").asLong()).isEqualTo(1800);
        assertThat(seen.get().email().value()).isEqualTo("someone@example.com");
        assertThat(seen.get().clientAddress()).isEqualTo("127.0.0.1");
        assertInvalidField(http().post(API + "/auth/forgot", "{\"email\":\"nope\"}"), "email");
        assertInvalidField(http().post(API + "/auth/forgot", "{}"), "email");
    }

    @Test
    void resetTakesTheTokenAndTheNewPasswordAndHandsTheClientADeviceCookieForTheLogInRoute() {
        AtomicReference<ResetPassword.Command> seen = new AtomicReference<>();
        useCases.resetPassword = command -> {
            seen.set(command);
            return new ResetPassword.Done(new PasswordChanged(new UserId(9), 2), "device-of-9");
        };

        TestHttp.Reply reply = http().post(API + "/auth/reset", "{\"token\":\"abc\",\"new_password\":\"new password\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("data").get("signed_out").asInt()).isEqualTo(2);
        assertThat(reply.json().get("data").has("user_id")).isFalse();
        assertThat(seen.get().token().value()).isEqualTo("abc");
        assertThat(reply.header("Set-Cookie")).startsWith("spanel_device=device-of-9; Path=" + API + "/auth/login;")
                .contains("HttpOnly", "SameSite=Strict");
        assertInvalidField(http().post(API + "/auth/reset", "{\"new_password\":\"new password\"}"), "token");
        assertInvalidField(http().post(API + "/auth/reset", "{\"token\":\"abc\",\"new_password\":\"short\"}"), "new_password");
    }

    @Test
    void theResetLinkOpensThePortalWithoutStoringOrReferrer() {
        TestHttp.Reply page = http().get("/reset-password?token=abc");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(page.body()).isEqualTo(http().get("/").body());
    }

    @Test
    void aCheckInAnswersTheDayTheBonusAndTheQuota() {
        useCases.checkIn = command -> new CheckIn.CheckedIn(LocalDate.parse("2026-03-02"), Traffic.ofBytes(150L << 20),
                Traffic.ofBytes((10L << 30) + (150L << 20)));

        TestHttp.Reply reply = http().post(API + "/user/checkin", "", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("day").asText()).isEqualTo("2026-03-02");
        assertThat(data.get("bonus").asLong()).isEqualTo(150L << 20);
        assertThat(data.get("bonus_mb").asLong()).isEqualTo(150);
        assertThat(data.get("transfer_enable").asLong()).isEqualTo((10L << 30) + (150L << 20));
        assertRefused(http().post(API + "/user/checkin", ""), 401, "unauthorized");
    }

    @Test
    void aSecondCheckInOnTheSameDayIs409() {
        useCases.checkIn = command -> {
            throw new AlreadyCheckedIn(LocalDate.parse("2026-03-02"));
        };

        assertRefused(http().post(API + "/user/checkin", "", bearer(USER_TOKEN)), 409, "already_checked_in");
    }
}
