package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.testing.Seed;

/**
 * A user without a port of their own is served by every node API: mod_mu leaves the port out (XrayR
 * reads it as 0 and listens on offset_port_node), UniProxy never sends ports, and the native list
 * shows it as null. Users with a port keep it on the wire.
 */
class UsersWithoutAPortTest extends EndToEndTest {

    private static final int GROUP = 91;

    private long user(Consumer<UsersRecord> change) {
        UsersRecord user = Seed.user(dsl());
        user.setNodeGroup(GROUP);
        change.accept(user);
        return Seed.insert(user);
    }

    private long shadowsocksNode() {
        var node = Seed.node(dsl(), "1");
        node.setSort(0);
        node.setMethod("aes-128-gcm");
        node.setNodeGroup(GROUP);
        return Seed.insert(node);
    }

    private static JsonNode byId(JsonNode users, long id) {
        for (JsonNode user : users) {
            if (user.get("id").asLong() == id) {
                return user;
            }
        }
        throw new AssertionError("user " + id + " is not listed in " + users);
    }

    @Test
    void everyNodeApiServesAUserWithoutAPort() {
        long node = shadowsocksNode();
        long portless = user(u -> u.setPort(null));
        long withPort = user(u -> u.setPort(64_321));

        JsonNode modMu = http().get("/mod_mu/users?key=" + MU_KEY + "&node_id=" + node).json().get("data");
        JsonNode uniProxy = http().get("/api/v1/server/UniProxy/user?node_type=shadowsocks&token=" + MU_KEY
                + "&node_id=" + node).json().get("users");
        JsonNode nativeList = http().get("/app/api/v0/node/users?node_id=" + node, "Key", MU_KEY).json().get("data").get("users");

        assertThat(modMu).hasSize(2);
        assertThat(byId(modMu, portless).has("port")).isFalse();
        assertThat(byId(modMu, portless).get("passwd").asText()).isNotEmpty();
        assertThat(byId(modMu, withPort).get("port").asInt()).isEqualTo(64_321);
        assertThat(uniProxy).hasSize(2);
        assertThat(byId(uniProxy, portless).get("uuid").asText()).isNotEmpty();
        assertThat(nativeList).hasSize(2);
        assertThat(byId(nativeList, portless).get("port").isNull()).isTrue();
        assertThat(byId(nativeList, withPort).get("port").asInt()).isEqualTo(64_321);
    }
}
