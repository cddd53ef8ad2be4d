package spanel.adapter.http.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.user.port.in.LogIn;
import spanel.application.user.port.in.LogOut;
import spanel.application.user.port.in.RegisterUser;
import spanel.application.user.port.in.ShowUserInfo;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.RateLimited;
import spanel.domain.error.Unauthorized;
import spanel.domain.user.AccessToken;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.UserId;

class AccountRoutesTest extends RouteTest {

    private static final String REGISTER = "/app/api/v0/auth/register";
    private static final String LOGIN = "/app/api/v0/auth/login";

    @Test
    void registeringAnswersTheNewIdWithTheEmailNormalised() {
        AtomicReference<RegisterUser.Command> seen = new AtomicReference<>();
        useCases.register = command -> {
            seen.set(command);
            return new RegisterUser.UserRegistered(new UserId(42));
        };

        TestHttp.Reply reply = http().post(REGISTER,
                "{\"email\":\"  Alice@Example.COM \",\"password\":\"correct horse\",\"invite_code\":\"abc\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("user_id").asLong()).isEqualTo(42);
        assertThat(seen.get().email().value()).isEqualTo("alice@example.com");
        assertThat(seen.get().inviteCode()).contains("abc");
        assertThat(seen.get().clientAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void aLookAlikeWithInvisibleCharactersRegistersAsTheAddressItLooksLike() {
        AtomicReference<RegisterUser.Command> seen = new AtomicReference<>();
        useCases.register = command -> {
            seen.set(command);
            throw new EmailTaken();
        };

        assertRefused(http().post(REGISTER, "{\"email\":\"al\u200bice@exam\u00adple.com\ufeff\",\"password\":\"long enough\"}"),
                409, "email_taken");
        assertThat(seen.get().email().value()).isEqualTo("alice@example.com");
    }

    @Test
    void aBadEmailOrAShortPasswordIs400NamingTheField() {
        assertInvalidField(http().post(REGISTER, "{\"email\":\"not-an-email\",\"password\":\"long enough\"}"), "email");
        assertInvalidField(http().post(REGISTER, "{\"password\":\"long enough\"}"), "email");
        assertInvalidField(http().post(REGISTER, "{\"email\":\"a@b.io\",\"password\":\"short\"}"), "password");
        assertInvalidField(http().post(REGISTER, "{\"email\":\"a@b.io\",\"password\":12345678}"), "password");
    }

    @Test
    void anUnknownInviteCodeIs400() {
        useCases.register = command -> {
            throw new InvalidInput("invite_code", "no user has this invite code");
        };

        assertInvalidField(http().post(REGISTER, "{\"email\":\"a@b.io\",\"password\":\"long enough\",\"invite_code\":\"x\"}"),
                "invite_code");
    }

    @Test
    void aTakenEmailIs409() {
        useCases.register = command -> {
            throw new EmailTaken();
        };

        assertRefused(http().post(REGISTER, "{\"email\":\"a@b.io\",\"password\":\"long enough\"}"), 409, "email_taken");
    }

    @Test
    void tooManyAttemptsAre429WithRetryAfter() {
        useCases.register = command -> {
            throw new RateLimited(42);
        };

        TestHttp.Reply reply = http().post(REGISTER, "{\"email\":\"a@b.io\",\"password\":\"long enough\"}");

        assertRefused(reply, 429, "rate_limited");
        assertThat(reply.header("Retry-After")).isEqualTo("42");
    }

    @Test
    void loggingInAnswersABearerTokenAndItsLifetime() {
        useCases.logIn = command -> new LogIn.LoggedIn(new AccessToken("the-token"), Duration.ofDays(7), new UserId(7),
                "7.device.tag");

        TestHttp.Reply reply = http().post(LOGIN, "{\"email\":\"a@b.io\",\"password\":\"anything\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").get("access_token").asText()).isEqualTo("the-token");
        assertThat(reply.json().get("data").get("token_type").asText()).isEqualTo("bearer");
        assertThat(reply.json().get("data").get("expires_in").asLong()).isEqualTo(604_800);
    }

    @Test
    void aLogInSetsANewDeviceCookieAndHandsTheOneSentToTheUseCase() {
        List<Optional<String>> sent = new ArrayList<>();
        useCases.logIn = command -> {
            sent.add(command.deviceCookie());
            return new LogIn.LoggedIn(new AccessToken("the-token"), Duration.ofDays(7), new UserId(7), "7.new.tag");
        };

        TestHttp.Reply reply = http().post(LOGIN, "{\"email\":\"a@b.io\",\"password\":\"anything\"}",
                "Cookie", "spanel_device=7.old.tag");

        assertThat(sent).containsExactly(Optional.of("7.old.tag"));
        assertThat(reply.header("Set-Cookie")).startsWith("spanel_device=7.new.tag;").contains("HttpOnly")
                .contains("Path=/app/api/v0/auth/login").contains("SameSite=Strict");
    }

    @Test
    void wrongCredentialsAre401AndAMissingPassword400() {
        useCases.logIn = command -> {
            throw new Unauthorized("wrong email or password");
        };

        assertRefused(http().post(LOGIN, "{\"email\":\"a@b.io\",\"password\":\"anything\"}"), 401, "unauthorized");
        assertInvalidField(http().post(LOGIN, "{\"email\":\"a@b.io\"}"), "password");
    }

    @Test
    void logOutRevokesTheTokenTheRequestCameWith() {
        AtomicReference<String> revoked = new AtomicReference<>();
        useCases.logOut = command -> {
            revoked.set(command.token().value());
            return new LogOut.LoggedOut(true);
        };

        TestHttp.Reply reply = http().post("/app/api/v0/auth/logout", "", bearer(USER_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("data").size()).isZero();
        assertThat(revoked.get()).isEqualTo(USER_TOKEN);
    }

    @Test
    void userRoutesWithoutAWorkingTokenAre401() {
        assertRefused(http().get("/app/api/v0/user/info"), 401, "unauthorized");
        assertRefused(http().get("/app/api/v0/user/info", bearer("revoked")), 401, "unauthorized");
        assertRefused(http().get("/app/api/v0/user/info", "Authorization", "Basic dXNlcjpwdw=="), 401, "unauthorized");
        assertRefused(http().post("/app/api/v0/auth/logout", "", bearer("revoked")), 401, "unauthorized");
    }

    @Test
    void userInfoShowsTheCallersOwnAccount() {
        useCases.showUserInfo = query -> new ShowUserInfo.UserInfo(anAccount(query.userId().value(), "owner@example.com"),
                "https://panel.example.com/sub/aaaaaaaaaaaaaaaaaaaaaa");

        TestHttp.Reply reply = http().get("/app/api/v0/user/info", bearer(USER_TOKEN));

        assertThat(reply.status()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("id").asLong()).isEqualTo(7);
        assertThat(data.get("money").asText()).isEqualTo("10.00");
        assertThat(data.get("class").asInt()).isZero();
        assertThat(data.get("class_expire").asLong()).isEqualTo(1_767_312_000L);
        assertThat(data.get("transfer_enable").asLong()).isEqualTo(10L << 30);
        assertThat(data.get("d").asLong()).isEqualTo(5);
        assertThat(data.get("invite_code").asText()).isEqualTo("invite123");
        assertThat(data.get("is_admin").asBoolean()).isFalse();
        assertThat(data.get("passwd").asText()).isEqualTo("secret-passwd");
        assertThat(data.get("subscription_url").asText()).isEqualTo("https://panel.example.com/sub/aaaaaaaaaaaaaaaaaaaaaa");
    }

    @Test
    void withoutAMailServerOrACheckInBonusTheirRoutesAre404() {
        assertRefused(http().post("/app/api/v0/auth/forgot", "{\"email\":\"a@b.io\"}"), 404, "not_found");
        assertRefused(http().post("/app/api/v0/auth/reset", "{\"token\":\"t\",\"new_password\":\"long enough\"}"),
                404, "not_found");
        assertRefused(http().get("/reset-password?token=t"), 404, "not_found");
        assertRefused(http().post("/app/api/v0/user/checkin", "", bearer(USER_TOKEN)), 404, "not_found");
    }
}
