package spanel.bootstrap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.source.SourceDatabases;
import spanel.adapter.source.SspanelSource;
import spanel.bootstrap.DatabaseCommands;
import spanel.bootstrap.EndToEndTest;

/**
 * The SSPanel-UIM example installation imported into the assembled service, on PostgreSQL and on H2:
 * its node fetches users and reports traffic with the old key and node id, the users' old
 * subscription addresses answer, and Alice logs in with her old password, rehashed as she does.
 */
class ImportedInstallationEndToEndTest extends EndToEndTest {

    /** SSPanel's muKey in the worked example: spanel's MU_KEY after the switch. */
    private static final String OLD_MU_KEY = "k3y-for-nodes-0123456789";

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("MU_KEY", OLD_MU_KEY, "LOGIN_RATE_LIMIT", "100000");
    }

    @Test
    void nodesAndClientsKeepWorkingUnchanged() {
        try (SourceDatabases.Loaded source = SourceDatabases.load("sspanel", true)) {
            DatabaseCommands.importInstallation(settings(),
                    new SspanelSource(source.url(), ZoneId.of("Asia/Shanghai"), "bcrypt", ""), true);
        }

        JsonNode listed = http().get("/mod_mu/users?key=" + OLD_MU_KEY + "&node_id=3").json().get("data");
        assertThat(ids(listed)).as("class 1 node: Alice, not Bob").contains(1L).doesNotContain(2L);
        TestHttp.Reply report = http().post("/mod_mu/users/traffic?key=" + OLD_MU_KEY + "&node_id=3",
                "{\"data\":[{\"user_id\":1,\"u\":100,\"d\":200}]}");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(dsl().fetchValue(USERS.U, USERS.ID.eq(1L))).isEqualTo(1073741824L + 150);

        for (String path : List.of("/link/3f2a9c1b7d4e6f80?clash=1", "/sub/3f2a9c1b7d4e6f80/clash",
                "/api/v1/client/subscribe?token=3f2a9c1b7d4e6f80&flag=clash")) {
            TestHttp.Reply profile = http().get(path);
            assertThat(profile.status()).as(path + " " + profile.body()).isEqualTo(200);
            assertThat(profile.body()).as(path).contains("HK SS");
            assertThat(profile.header("subscription-userinfo")).as(path)
                    .startsWith("upload=" + (1073741824L + 150) + "; download=" + (4294967296L + 300) + "; total=107374182400");
        }
        assertThat(http().get("/link/ffffffffffffffff?clash=1").status()).isEqualTo(404);
        assertThat(http().get("/api/v1/client/subscribe").status()).isEqualTo(400);

        TestHttp.Reply login = logIn("alice@example.com", "rasmuslerdorf");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(dsl().fetchValue(USERS.PASSWORD_HASH, USERS.ID.eq(1L))).matches("\\$2[ab]\\$11\\$.{53}");
        TestHttp.Reply again = logIn("alice@example.com", "rasmuslerdorf");
        assertThat(again.status()).isEqualTo(200);
        TestHttp.Reply carol = logIn("carol@example.com", "carol-pass");
        assertThat(carol.status()).as("SSPanel's md5 with the global salt").isEqualTo(200);
    }

    /**
     * Grace's PHP hashed with Argon2id, PHP's defaults; the string is the reference implementation's
     * (Debian's argon2 CLI: {@code echo -n rasmuslerdorf | argon2 somesalt1234 -id -t 4 -m 16 -p 1 -e}).
     */
    @Test
    void anArgon2PasswordLogsInAndIsRehashedToSpanelsScheme() {
        String argon2id = "$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHQxMjM0$NCL09FRCTPyt0EX/5BafwbdTEjbViDSQ+V3N+TT1tic";
        try (SourceDatabases.Loaded source = SourceDatabases.load("sspanel", true)) {
            source.run("INSERT INTO `user` (id, email, pass, passwd, uuid, port) VALUES (9, 'grace@example.com', '"
                    + argon2id + "', 'p4ssGrace', 'be6c7d8e-9f01-4a23-b4c5-d6e7f8091a2b', 10009)");
            DatabaseCommands.importInstallation(settings(),
                    new SspanelSource(source.url(), ZoneId.of("Asia/Shanghai"), "argon2id", ""), true);
        }
        assertThat(dsl().fetchValue(USERS.PASSWORD_HASH, USERS.ID.eq(9L))).isEqualTo(argon2id);

        TestHttp.Reply wrong = logIn("grace@example.com", "rasmuslerdorF");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(dsl().fetchValue(USERS.PASSWORD_HASH, USERS.ID.eq(9L))).isEqualTo(argon2id);
        TestHttp.Reply login = logIn("grace@example.com", "rasmuslerdorf");
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(dsl().fetchValue(USERS.PASSWORD_HASH, USERS.ID.eq(9L))).matches("\\$2[ab]\\$11\\$.{53}");
        TestHttp.Reply again = logIn("grace@example.com", "rasmuslerdorf");
        assertThat(again.status()).as("the new hash checks the same password").isEqualTo(200);
    }

    private TestHttp.Reply logIn(String email, String password) {
        return http().post("/app/api/v0/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private static List<Long> ids(JsonNode users) {
        List<Long> ids = new ArrayList<>();
        users.forEach(user -> ids.add(user.get("id").asLong()));
        return ids;
    }
}
