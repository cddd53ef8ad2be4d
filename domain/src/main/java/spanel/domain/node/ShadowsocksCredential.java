package spanel.domain.node;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a Shadowsocks node's users connect with, the node's {@code custom_config.credential}.
 * {@code PASSWD}, spanel's and SSPanel's way: the proxy password, and for Shadowsocks-2022 a key
 * cut from the hex SHA3-256 of it. {@code UUID}, V2board's and Xboard's way (so their imported users
 * keep their keys): the uuid as the password, and a 2022 key cut from the uuid string itself.
 * Every node API and every profile asks here, so nodes and clients always agree.
 */
public enum ShadowsocksCredential {
    PASSWD("passwd"),
    UUID("uuid");

    private final String word;

    ShadowsocksCredential(String word) {
        this.word = word;
    }

    /** The setting's value as the operator writes it. */
    public String word() {
        return word;
    }

    /** The setting named by {@code word}; empty for anything else. */
    public static Optional<ShadowsocksCredential> named(String word) {
        for (ShadowsocksCredential credential : values()) {
            if (credential.word.equals(word)) {
                return Optional.of(credential);
            }
        }
        return Optional.empty();
    }

    /** A plain Shadowsocks user's password. */
    public String password(String uuid, String passwd) {
        return this == UUID ? uuid : passwd;
    }

    /**
     * The text a Shadowsocks-2022 user's key is cut from: its first 16 or 32 characters, in base64.
     * V2bX and XrayR (NewV2board) cut it themselves from what UniProxy serves as the user's uuid.
     */
    public String keySource(String uuid, String passwd) {
        return this == UUID ? uuid : Ss2022Keys.userKeySource(passwd);
    }

    /** A Shadowsocks-2022 user's key for the cipher, or empty when the cipher is not a 2022 one. */
    public Optional<String> userKey(String uuid, String passwd, String cipher) {
        OptionalInt length = Ss2022Keys.keyLength(cipher);
        if (length.isEmpty()) {
            return Optional.empty();
        }
        String source = keySource(uuid, passwd);
        if (source.length() < length.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(Base64.getEncoder().encodeToString(
                source.substring(0, length.getAsInt()).getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * What a UniProxy node (V2bX, XrayR NewV2board) is served as a Shadowsocks user's uuid: the
     * password itself for plain Shadowsocks, the key source for 2022.
     */
    public String nodeUuid(String uuid, String passwd, boolean ss2022) {
        return ss2022 ? keySource(uuid, passwd) : password(uuid, passwd);
    }
}
