package spanel.bootstrap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.adapter.persistence.user.BcryptPasswordHasher;
import spanel.adapter.source.SourceDatabases;
import spanel.bootstrap.Cli;

/**
 * {@code ./spanel import} from a real MariaDB loaded with each panel's schema and awkward data into
 * the embedded database: the dry run writes nothing, the applied run brings users, balances, nodes
 * and plans with their ids, a second run brings nothing twice, and a bad source is one line.
 */
class ImportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path dir, String... args) {
        out.reset();
        err.reset();
        return new Cli(Map.of("DATA_DIR", dir.resolve("data").toString()), dir, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC)).run(List.of(args));
    }

    private JsonNode report() throws Exception {
        return JSON.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode table(JsonNode report, String name) {
        for (JsonNode table : report.get("tables")) {
            if (table.get("name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name + " in " + report);
    }

    @Test
    void anSspanelInstallationComesOverOnceWithItsIdsBalancesAndCredentials(@TempDir Path dir) throws Exception {
        try (SourceDatabases.Loaded source = SourceDatabases.load("sspanel", true)) {
            String[] dryRun = {"import", "--from", "sspanel", "--source", source.url(), "--source-zone", "Asia/Shanghai"};
            assertThat(run(dir, dryRun)).as(err.toString()).isZero();
            JsonNode planned = report();
            assertThat(table(planned, "users").get("create").asInt()).isEqualTo(4);
            assertThat(table(planned, "users").get("skipped").toString())
                    .contains("\"5\"", "same mailbox as user 1", "\"6\"", "no format SSPanel writes", "\"7\"", "invalid email");
            assertThat(table(planned, "nodes").get("skipped").toString()).contains("WireGuard");
            assertThat(planned.get("source_totals").get("balance_fen").asLong()).isEqualTo(1234 + 50 - 321 + 100);
            assertThat(count(dir, "SELECT count(*) FROM users")).as("a dry run writes nothing").isZero();

            String[] apply = {"import", "--from", "sspanel", "--source", source.url(), "--source-zone", "Asia/Shanghai", "--apply"};
            assertThat(run(dir, apply)).as(err.toString()).isZero();
            JsonNode applied = report();
            assertThat(applied.get("spanel_totals").get("balance_fen").asLong()).isEqualTo(1234 + 50);
            assertThat(applied.get("spanel_totals")).isEqualTo(applied.get("imported_totals"));
            assertThat(table(applied, "users").get("changed").toString()).contains("in debt", "port 10001 is taken");

            try (Connection db = h2(dir); Statement s = db.createStatement()) {
                ResultSet alice = s.executeQuery("SELECT email, money, class_expire, port, invite_code, password_hash"
                        + " FROM users WHERE id = 1");
                assertThat(alice.next()).isTrue();
                assertThat(alice.getString(1)).isEqualTo("alice@example.com");
                assertThat(alice.getLong(2)).isEqualTo(1234);
                assertThat(alice.getObject(3, java.time.OffsetDateTime.class).toInstant())
                        .isEqualTo(Instant.parse("2027-01-30T16:00:00Z"));
                assertThat(alice.getInt(4)).isEqualTo(10001);
                assertThat(alice.getString(5)).isEqualTo("AliceInv");
                assertThat(new BcryptPasswordHasher(4).verify("rasmuslerdorf", Optional.of(alice.getString(6)))).isTrue();
                ResultSet bob = s.executeQuery("SELECT email, money, class_expire, port, inviter_id FROM users WHERE id = 2");
                assertThat(bob.next()).isTrue();
                assertThat(bob.getString(1)).isEqualTo("bob@example.com");
                assertThat(bob.getLong(2)).isEqualTo(50);
                assertThat(bob.getObject(3, java.time.OffsetDateTime.class).toInstant())
                        .as("China kept summer time in 1989").isEqualTo(Instant.parse("1989-06-03T15:05:00Z"));
                assertThat(bob.getInt(4)).isNotEqualTo(10001);
                assertThat(bob.getLong(5)).isEqualTo(1);
                ResultSet carol = s.executeQuery("SELECT money, password_hash FROM users WHERE id = 3");
                assertThat(carol.next()).isTrue();
                assertThat(carol.getLong(1)).isZero();
                assertThat(new BcryptPasswordHasher(4).verify("carol-pass", Optional.of(carol.getString(2)))).isTrue();
                assertThat(new BcryptPasswordHasher(4).verify("carol-pas", Optional.of(carol.getString(2)))).isFalse();
            }
            assertThat(count(dir, "SELECT count(*) FROM balance_ledger WHERE source_type = 'admin'"
                    + " AND source_id LIKE 'import:sspanel:user:%' AND delta = balance_after")).isEqualTo(2);
            assertThat(count(dir, "SELECT count(*) FROM users u WHERE money <> (SELECT coalesce(sum(delta), 0)"
                    + " FROM balance_ledger l WHERE l.user_id = u.id)")).as("Σ ledger = balance").isZero();
            assertThat(count(dir, "SELECT count(*) FROM legacy_sub_tokens")).isEqualTo(3);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id IN (3, 4, 5, 7, 8)")).isEqualTo(5);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 3 AND method = 'aes-128-gcm'"
                    + " AND custom_config = '{\"offset_port_node\":\"443\"}' AND traffic_rate = 1.5 AND node_class = 1")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 4 AND server_key = 'MjQ5MjBkZWNmODNmNjk2MA=='")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 8 AND NOT enabled")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM products WHERE price = 1500 AND stock IS NULL")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders")).as("the paid invoice and its gateway payment")
                    .isEqualTo(2);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders WHERE source_id = 'paylist:1' AND user_id = 1"
                    + " AND amount = 1500 AND gateway = 'epay' AND tradeno = 'SSP2023111416300012345'")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders WHERE source_id = 'invoice:1' AND kind = 'plan'"
                    + " AND gateway = 'gateway'")).isEqualTo(1);

            assertThat(run(dir, apply)).as(err.toString()).isZero();
            JsonNode again = report();
            for (String name : List.of("users", "nodes", "plans", "orders")) {
                assertThat(table(again, name).get("create").asInt()).as(name).isZero();
            }
            assertThat(table(again, "users").get("already_imported").asInt()).isEqualTo(4);
            assertThat(count(dir, "SELECT count(*) FROM users")).isEqualTo(4);
            assertThat(count(dir, "SELECT count(*) FROM balance_ledger")).as("history moves no money").isEqualTo(2);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders")).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("users  created 0, already imported 4");
        }
    }

    @Test
    void aV2boardInstallationKeepsItsDigestsTokensAndNodeTypes(@TempDir Path dir) throws Exception {
        try (SourceDatabases.Loaded source = SourceDatabases.load("v2board", true)) {
            assertThat(run(dir, "import", "--from", "v2board", "--source", source.url(), "--apply")).as(err.toString()).isZero();
            JsonNode applied = report();
            assertThat(table(applied, "users").get("skipped").toString()).contains("\"6\"", "same mailbox as user 2");
            assertThat(table(applied, "nodes").get("skipped").toString()).contains("shadowsocks:2", "serves groups [1,2]", "Hysteria v1");
            assertThat(applied.get("spanel_totals").get("balance_fen").asLong()).isEqualTo(1234 + 100 + 500);
            try (Connection db = h2(dir); Statement s = db.createStatement()) {
                ResultSet bob = s.executeQuery("SELECT password_hash, money, passwd, uuid, inviter_id FROM users WHERE id = 2");
                assertThat(bob.next()).isTrue();
                assertThat(bob.getString(1)).isEqualTo("legacy:v2b-md5salt:YWJj:781f3b245b43689b925a337510b43be7");
                assertThat(new BcryptPasswordHasher(4).verify("secret123", Optional.of(bob.getString(1)))).isTrue();
                assertThat(bob.getLong(2)).isEqualTo(100);
                assertThat(bob.getString(3)).isEqualTo(bob.getString(4));
                assertThat(bob.getLong(5)).isEqualTo(1);
                ResultSet erin = s.executeQuery("SELECT password_hash, expire_in FROM users WHERE id = 5");
                assertThat(erin.next()).isTrue();
                assertThat(new BcryptPasswordHasher(4).verify("erin-pass", Optional.of(erin.getString(1)))).isTrue();
                assertThat(erin.getObject(2, java.time.OffsetDateTime.class).toInstant()).isEqualTo(Instant.EPOCH);
            }
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 1 AND sort = 1"
                    + " AND server_key = 'MjQ5MjBkZWNmODNmNjk2MA==' AND node_group = 1")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM legacy_node_ids")).isEqualTo(4);
            assertThat(count(dir, "SELECT count(*) FROM legacy_node_ids WHERE node_type = 'vmess' AND legacy_id = 1"
                    + " AND node_id <> 1")).as("vmess 1 collides with shadowsocks 1").isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes n JOIN legacy_node_ids l ON l.node_id = n.id"
                    + " WHERE l.node_type = 'vless' AND l.legacy_id = 1 AND n.sort = 11"
                    + " AND n.custom_config LIKE '%\"security\":\"reality\"%' AND n.custom_config LIKE '%\"flow\":\"xtls-rprx-vision\"%'"
                    + " AND n.custom_config LIKE '%\"public_key\":\"NsA7_gt8s-Nx49gG_CXm5Tw1-IHmXCF5vFv7CVV0jFs\"%'"))
                    .as("V2board 1.7.4's VLESS REALITY node, with its keys").isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM legacy_sub_tokens WHERE source = 'v2board'")).isEqualTo(5);
            assertThat(count(dir, "SELECT count(*) FROM products")).isEqualTo(4);
            assertThat(count(dir, "SELECT count(*) FROM products WHERE content LIKE '%\"node_group\":2%'"))
                    .as("plan 2's group, on each of its periods").isEqualTo(3);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders")).as("the two paid orders").isEqualTo(2);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders WHERE tradeno = '2023111416300012345'"
                    + " AND amount = 1500 AND gateway = 'payment 2' AND description = 'Monthly (month_price)'")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders WHERE tradeno = '2023121416300012346'"
                    + " AND amount = 0 AND gateway = 'balance'")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM users u WHERE money <> (SELECT coalesce(sum(delta), 0)"
                    + " FROM balance_ledger l WHERE l.user_id = u.id)")).as("Σ ledger = balance").isZero();
        }
    }

    @Test
    void anXboardOf2025WithOneServerTableKeepsEachNodeFindableByItsOldTypeAndId(@TempDir Path dir) throws Exception {
        try (SourceDatabases.Loaded source = SourceDatabases.load("xboard", true)) {
            assertThat(run(dir, "import", "--from", "v2board", "--source", source.url(), "--apply")).as(err.toString()).isZero();
            JsonNode applied = report();
            assertThat(table(applied, "users").get("create").asInt()).isEqualTo(1);
            assertThat(table(applied, "nodes").get("create").asInt()).isEqualTo(7);
            assertThat(table(applied, "nodes").get("skipped").toString()).contains("socks:7", "does not serve",
                    "vless:9", "custom_config.reality-opts.public_key", "vless:10", "without its private key");
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 8 AND sort = 11"
                    + " AND custom_config LIKE '%\"public_key\":\"NsA7_gt8s-Nx49gG_CXm5Tw1-IHmXCF5vFv7CVV0jFs\"%'"
                    + " AND custom_config LIKE '%\"dest\":\"www.example.org:443\"%'"))
                    .as("REALITY keys carried, the public key in xray's base64url").isEqualTo(1);

            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 1 AND sort = 11 AND traffic_rate = 1.5"
                    + " AND custom_config LIKE '%\"security\":\"tls\"%'")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 2 AND sort = 1 AND node_group = 1"
                    + " AND server_key = 'MjQ5MjBkZWNmODNmNjk2MA=='")).as("key from created_at, as Xboard computes it").isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 4 AND sort = 20"
                    + " AND custom_config LIKE '%\"obfs_password\":\"obfs-pass\"%'")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 5 AND sort = 2 AND NOT enabled"))
                    .as("switched off in Xboard").isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM nodes WHERE id = 6 AND sort = 21")).isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM legacy_node_ids")).as("the nodes that carry a code").isEqualTo(3);
            assertThat(count(dir, "SELECT node_id FROM legacy_node_ids WHERE node_type = 'shadowsocks' AND legacy_id = 1"))
                    .isEqualTo(2);
            assertThat(count(dir, "SELECT node_id FROM legacy_node_ids WHERE node_type = 'vmess' AND legacy_id = 1"))
                    .isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM products WHERE price = 1500 AND name = 'Monthly (monthly)'"))
                    .isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM products WHERE price = 15050 AND name = 'Monthly (yearly)'"))
                    .as("Xboard's prices are yuan").isEqualTo(1);
            assertThat(count(dir, "SELECT count(*) FROM products")).as("reset_traffic is no period").isEqualTo(2);
            assertThat(count(dir, "SELECT count(*) FROM imported_orders WHERE tradeno = '2025021416300012345'")).isEqualTo(1);
        }
    }

    @Test
    void aBadSourceIsOneLineAndWritesNothing(@TempDir Path dir) throws Exception {
        assertThat(run(dir, "import", "--from", "sspanel", "--source", "jdbc:mariadb://127.0.0.1:1/nothing")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("spanel: import: cannot connect to the source database");
        try (SourceDatabases.Loaded empty = SourceDatabases.load("v2board", false)) {
            assertThat(run(dir, "import", "--from", "sspanel", "--source", empty.url())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).strip())
                    .isEqualTo("spanel: import: the source has no table `user`: not a SSPanel-UIM database");
        }
        try (SourceDatabases.Loaded old = SourceDatabases.load("sspanel", true)) {
            old.run("ALTER TABLE `user` DROP COLUMN uuid");
            assertThat(run(dir, "import", "--from", "sspanel", "--source", old.url(), "--apply")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("spanel: import: table `user` has no column"
                    + " `uuid`: a SSPanel-UIM schema version this importer does not know");
        }
        try (SourceDatabases.Loaded xboard = SourceDatabases.load("v2board", true)) {
            xboard.run("CREATE TABLE v2_server (id int PRIMARY KEY);\nDROP TABLE v2_server_vmess;\n");
            assertThat(run(dir, "import", "--from", "v2board", "--source", xboard.url(), "--apply")).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("spanel: import: table `v2_server` has no"
                    + " column `type`: a Xboard schema version this importer does not know");
        }
        assertThat(count(dir, "SELECT count(*) FROM users")).isZero();
        assertThat(count(dir, "SELECT count(*) FROM imported_rows")).isZero();
    }

    private static Connection h2(Path dir) throws Exception {
        return DriverManager.getConnection(DatabaseUrl.embedded(dir.resolve("data")).jdbcUrl());
    }

    private static long count(Path dir, String sql) throws Exception {
        try (Connection db = h2(dir); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
