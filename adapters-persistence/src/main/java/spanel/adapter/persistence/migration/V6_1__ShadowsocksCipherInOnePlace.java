package spanel.adapter.persistence.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import spanel.domain.node.Ss2022Keys;

/**
 * The node's cipher lives in one place, its {@code method}: a cipher an operator wrote into
 * {@code custom_config.method} (as SSPanel wanted it) moves there, and the node APIs serve it from
 * there. Every Shadowsocks-2022 node (sort 1) then gets a 2022 cipher (the default one when its
 * cipher was not, as nodes were served before) and a random server key of the length it needs.
 */
public final class V6_1__ShadowsocksCipherInOnePlace extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        SecureRandom random = new SecureRandom();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, sort, custom_config, method FROM nodes");
                ResultSet rows = select.executeQuery();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE nodes SET custom_config = ?, method = ?, server_key = ? WHERE id = ?")) {
            while (rows.next()) {
                String config = rows.getString("custom_config");
                String method = rows.getString("method");
                ObjectNode object = object(config);
                if (object != null && object.hasNonNull("method") && object.get("method").isTextual()
                        && !object.get("method").asText().isBlank() && object.get("method").asText().length() <= 64) {
                    method = object.get("method").asText();
                    object.remove("method");
                    config = JSON.writeValueAsString(object);
                }
                String serverKey = null;
                if (rows.getInt("sort") == 1) {
                    if (!Ss2022Keys.isSs2022Cipher(method)) {
                        method = Ss2022Keys.DEFAULT_CIPHER;
                    }
                    serverKey = Ss2022Keys.newServerKey(method, random);
                }
                update.setString(1, config);
                update.setString(2, method);
                update.setString(3, serverKey);
                update.setLong(4, rows.getLong("id"));
                update.executeUpdate();
            }
        }
    }

    private static ObjectNode object(String config) {
        try {
            JsonNode parsed = JSON.readTree(config == null || config.isBlank() ? "{}" : config);
            return parsed instanceof ObjectNode object ? object : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
