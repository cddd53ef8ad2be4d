package spanel.adapter.http.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A TUIC v5 node (sort 2) as its custom_config describes it: the shared {@link TlsServer} settings;
 * {@code congestion_control} {@code cubic}, {@code new_reno} or {@code bbr} (default, as SSPanel's);
 * for clients {@code udp_relay_mode} {@code native} (default) or {@code quic}, and {@code alpn}
 * (default {@code ["h3"]}). Users connect with their uuid as both uuid and password, which is what
 * V2bX accepts; {@code credential: "passwd"} keeps SSPanel's pairing (uuid and proxy password) for
 * a backend on the mod_mu API. 0-RTT is never turned on: it lets a handshake be replayed.
 */
public record TuicSettings(TlsServer tls, String congestionControl, String udpRelayMode, List<String> alpn,
        boolean passwdCredential) {

    public TuicSettings {
        alpn = List.copyOf(alpn);
    }

    /** The settings of a sort-2 node, or a refusal naming the custom_config key that no client could use. */
    public static TuicSettings of(ObjectNode config, String server) {
        TlsServer tls = TlsServer.of(config, server);
        return new TuicSettings(tls,
                TlsServer.oneOf(config, "congestion_control", List.of("cubic", "new_reno", "bbr"), "bbr"),
                TlsServer.oneOf(config, "udp_relay_mode", List.of("native", "quic"), "native"),
                TlsServer.strings(config, "alpn", List.of("h3")),
                TlsServer.passwdCredential(config, true));
    }

    /** Whether users connect with their proxy password (read leniently: a node saved broken uses the uuid). */
    public static boolean usesPasswd(ObjectNode config) {
        return "passwd".equals(config.path("credential").asText(""));
    }
}
