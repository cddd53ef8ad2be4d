package spanel.adapter.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.NODES;

import java.sql.Connection;
import java.util.Base64;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.NodesRecord;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Seed;

/** Nodes saved before the server key existed: the cipher moves to one place, 2022 nodes get their keys. */
class ShadowsocksCipherMigrationTest extends PersistenceContractTest {

    private long node(int sort, String customConfig, String method) {
        NodesRecord node = Seed.node(dsl(), "1");
        node.setSort(sort);
        node.setCustomConfig(customConfig);
        node.setMethod(method);
        return Seed.insert(node);
    }

    private void migrate() throws Exception {
        try (Connection connection = schema().dataSource().getConnection()) {
            new V6_1__ShadowsocksCipherInOnePlace().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }

    @Test
    void existingNodesGetOneCipherAndEvery2022NodeAServerKeyOfItsLength() throws Exception {
        long plain = node(0, "{\"offset_port_node\":\"8388\",\"method\":\"chacha20-ietf-poly1305\"}", "aes-128-gcm");
        long ss2022 = node(1, "{\"offset_port_node\":\"8389\",\"method\":\"2022-blake3-aes-256-gcm\"}", "aes-128-gcm");
        long defaulted = node(1, "{\"offset_port_node\":\"8390\"}", "aes-128-gcm");
        long vmess = node(11, "{\"offset_port_node\":\"443\"}", "aes-128-gcm");

        migrate();

        NodesRecord p = dsl().fetchOne(NODES, NODES.ID.eq(plain));
        assertThat(p.getMethod()).isEqualTo("chacha20-ietf-poly1305");
        assertThat(p.getCustomConfig()).isEqualTo("{\"offset_port_node\":\"8388\"}");
        assertThat(p.getServerKey()).isNull();
        NodesRecord s = dsl().fetchOne(NODES, NODES.ID.eq(ss2022));
        assertThat(s.getMethod()).isEqualTo("2022-blake3-aes-256-gcm");
        assertThat(Base64.getDecoder().decode(s.getServerKey())).hasSize(32);
        NodesRecord d = dsl().fetchOne(NODES, NODES.ID.eq(defaulted));
        assertThat(d.getMethod()).isEqualTo("2022-blake3-aes-128-gcm");
        assertThat(Base64.getDecoder().decode(d.getServerKey())).hasSize(16);
        assertThat(dsl().fetchValue(NODES.SERVER_KEY, NODES.ID.eq(vmess))).isNull();
    }
}
