package spanel.bootstrap.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * What V2bX (wyx2685/V2bX, its xray core) makes of UniProxy's answers for a Shadowsocks node, from
 * the fields its own code reads, never from spanel's: {@code api/panel/node.go} decodes
 * {@code ShadowsocksNode} {server_port, cipher, server_key}; {@code api/panel/user.go} decodes
 * {@code UserInfo} {id, uuid, speed_limit, device_limit}; {@code core/xray/inbound.go}
 * {@code buildShadowsocks} and {@code core/xray/ss.go} {@code buildSSUser} build the inbound and its
 * users. XrayR in NewV2board mode derives the same (api/newV2board/v2board.go {@code GetUserList}:
 * Passwd = uuid; service/controller/userbuilder.go {@code checkShadowsocksPassword}).
 */
final class V2bx {

    private static final ObjectMapper JSON = new ObjectMapper();

    private V2bx() {
    }

    /**
     * The v2ray 4.34 inbound for one user of a plain Shadowsocks node: port {@code server_port},
     * cipher {@code cipher}, and the user's password is their {@code uuid}, as is. (V2bX also adds a
     * random default user; v2ray 4.34 takes one user per inbound, so that one is left out.)
     */
    static ObjectNode shadowsocksInbound(JsonNode config, JsonNode user) {
        if (config.hasNonNull("server_key") && !config.get("server_key").asText().isEmpty()) {
            throw new AssertionError("a server_key makes V2bX run Shadowsocks-2022, which v2ray 4.34 lacks: " + config);
        }
        ObjectNode inbound = JSON.createObjectNode().put("listen", "127.0.0.1")
                .put("port", config.get("server_port").asInt()).put("protocol", "shadowsocks");
        inbound.putObject("settings").put("method", config.get("cipher").asText())
                .put("password", user.get("uuid").asText()).put("network", "tcp,udp");
        inbound.putObject("streamSettings").put("network", "tcp");
        return inbound;
    }

    /**
     * The password a Shadowsocks-2022 client needs on that node: the server key (the inbound's
     * password, {@code server_key}) and the user's key, base64 of the first 16 (aes-128) or 32 (the
     * other 2022 ciphers) characters of their uuid.
     */
    static String ss2022Password(JsonNode config, JsonNode user) {
        int keyLength = switch (config.get("cipher").asText()) {
            case "2022-blake3-aes-128-gcm" -> 16;
            case "2022-blake3-aes-256-gcm", "2022-blake3-chacha20-poly1305" -> 32;
            default -> throw new AssertionError("not a Shadowsocks-2022 cipher: " + config);
        };
        byte[] uuid = user.get("uuid").asText().getBytes(StandardCharsets.UTF_8);
        if (uuid.length < keyLength) {
            throw new AssertionError("V2bX would panic slicing a uuid of " + uuid.length + " bytes to " + keyLength);
        }
        String userKey = Base64.getEncoder().encodeToString(Arrays.copyOf(uuid, keyLength));
        return config.get("server_key").asText() + ":" + userKey;
    }
}
