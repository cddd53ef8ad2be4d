package spanel.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.admin.port.in.UpdateUser;
import spanel.domain.error.NotFound;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.UserId;

class UpdateUserRoutesTest extends RouteTest {

    private static final String PATH = "/app/api/v0/admin/users/";

    private AtomicReference<UpdateUser.Command> accept() {
        AtomicReference<UpdateUser.Command> seen = new AtomicReference<>();
        useCases.updateUser = command -> {
            seen.set(command);
            return anAccount(command.user().value(), "edited@example.com");
        };
        return seen;
    }

    @Test
    void everyFieldIsReadAsGetShowsIt() {
        var seen = accept();

        TestHttp.Reply reply = http().put(PATH + "5", """
                {"class":2,"class_expire":1800000000,"expire_in":"2027-01-31T00:00:00+08:00","transfer_enable":1073741824,
                 "reset_traffic":true,"node_group":3,"node_speedlimit":100,"node_iplimit":2,"email":" Edited@Example.com "}""",
                bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("data").get("id").asLong()).isEqualTo(5);
        assertThat(reply.json().get("data").has("node_speedlimit")).isTrue();
        var command = seen.get();
        assertThat(command.admin()).isEqualTo(new UserId(1));
        assertThat(command.user()).isEqualTo(new UserId(5));
        var changes = command.changes();
        assertThat(changes.userClass()).contains(2);
        assertThat(changes.classExpire()).contains(Instant.ofEpochSecond(1_800_000_000L));
        assertThat(changes.expireIn()).contains(Instant.parse("2027-01-30T16:00:00Z"));
        assertThat(changes.transferEnable()).contains(Traffic.ofGigabytes(1));
        assertThat(changes.resetTraffic()).isTrue();
        assertThat(changes.nodeGroup()).contains(3);
        assertThat(changes.speedLimit()).contains(100);
        assertThat(changes.deviceLimit()).contains(2);
        assertThat(changes.email()).contains(Email.of("edited@example.com"));
    }

    @Test
    void aPartialBodyChangesOnlyWhatItNames() {
        var seen = accept();

        assertThat(http().put(PATH + "5", "{\"node_iplimit\":0}", bearer(ADMIN_TOKEN)).status()).isEqualTo(200);

        var changes = seen.get().changes();
        assertThat(changes.deviceLimit()).contains(0);
        assertThat(changes.userClass()).isEmpty();
        assertThat(changes.email()).isEmpty();
        assertThat(changes.resetTraffic()).isFalse();
    }

    @Test
    void badValuesAre400NamingTheFieldAndReachNoUseCase() {
        String[][] cases = {
            {"{\"class\":-1}", "class"},
            {"{\"class\":\"2\"}", "class"},
            {"{\"class_expire\":\"tomorrow\"}", "class_expire"},
            {"{\"expire_in\":-5}", "expire_in"},
            {"{\"expire_in\":253402300800}", "expire_in"},
            {"{\"transfer_enable\":-1}", "transfer_enable"},
            {"{\"transfer_enable\":1.5}", "transfer_enable"},
            {"{\"reset_traffic\":1}", "reset_traffic"},
            {"{\"node_group\":-2}", "node_group"},
            {"{\"node_speedlimit\":-1}", "node_speedlimit"},
            {"{\"node_iplimit\":9999999999}", "node_iplimit"},
            {"{\"email\":\"not an email\"}", "email"},
            {"{\"email\":null}", "email"},
            {"{\"money\":\"100.00\"}", "money"},
            {"{}", "body"},
            {"[]", "body"},
        };
        for (String[] c : cases) {
            assertInvalidField(http().put(PATH + "5", c[0], bearer(ADMIN_TOKEN)), c[1]);
        }
        assertInvalidField(http().put(PATH + "abc", "{\"class\":1}", bearer(ADMIN_TOKEN)), "id");
    }

    @Test
    void anEmailEditedToALookAlikeWithInvisibleCharactersIsTheAddressItLooksLike() {
        AtomicReference<UpdateUser.Command> seen = new AtomicReference<>();
        useCases.updateUser = command -> {
            seen.set(command);
            throw new EmailTaken();
        };

        assertRefused(http().put(PATH + "5", "{\"email\":\"taken\u200d@example.com\"}", bearer(ADMIN_TOKEN)), 409,
                "email_taken");
        assertThat(seen.get().changes().email()).contains(Email.of("taken@example.com"));
    }

    @Test
    void onlyAdminsMayEditAndTheServiceRefusalsKeepTheirCodes() {
        assertRefused(http().put(PATH + "5", "{\"class\":1}", bearer(USER_TOKEN)), 403, "forbidden");
        assertRefused(http().put(PATH + "5", "{\"class\":1}"), 401, "unauthorized");
        useCases.updateUser = command -> {
            throw new EmailTaken();
        };
        assertRefused(http().put(PATH + "5", "{\"email\":\"taken@example.com\"}", bearer(ADMIN_TOKEN)), 409, "email_taken");
        useCases.updateUser = command -> {
            throw new NotFound("no user 5");
        };
        assertRefused(http().put(PATH + "5", "{\"class\":1}", bearer(ADMIN_TOKEN)), 404, "not_found");
    }
}
