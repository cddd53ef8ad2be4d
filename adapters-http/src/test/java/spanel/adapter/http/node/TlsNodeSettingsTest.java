package spanel.adapter.http.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Json;

/** The settings schemas of TUIC v5, Hysteria2 and AnyTLS nodes: what each reads, and each refusal naming its key. */
class TlsNodeSettingsTest {

    private static final String SERVER = "jp1.example.com";

    private static ObjectNode config(String json) {
        try {
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void refused(BiFunction<ObjectNode, String, ?> reader, String server, String json, String field) {
        assertThatThrownBy(() -> reader.apply(config(json), server)).as(json)
                .isInstanceOf(InvalidRequest.class).hasMessageStartingWith(field + ": ");
    }

    @Test
    void hysteria2ReadsTheWorkedExample() {
        Hysteria2Settings settings = Hysteria2Settings.of(config("{\"offset_port_node\":\"443\",\"obfs\":\"salamander\","
                + "\"obfs_password\":\"s3cr3t+obfs\",\"up_mbps\":1000,\"down_mbps\":\"1000\",\"hop_ports\":\"20000-30000, 40000-40010\","
                + "\"hop_interval\":30}"), SERVER);

        assertThat(settings.tls()).isEqualTo(new TlsServer(443, java.util.OptionalInt.empty(), SERVER));
        assertThat(settings.obfs()).isEqualTo("salamander");
        assertThat(settings.obfsPassword()).isEqualTo("s3cr3t+obfs");
        assertThat(settings.upMbps()).isEqualTo(1000);
        assertThat(settings.downMbps()).isEqualTo(1000);
        assertThat(settings.hopPorts()).containsExactly("20000-30000", "40000-40010");
        assertThat(settings.hopInterval()).isEqualTo(30);
        assertThat(settings.ignoreClientBandwidth()).isFalse();
    }

    @Test
    void hysteria2DefaultsAreNoObfsNoLimitsNoHoppingAndThirtySeconds() {
        Hysteria2Settings settings = Hysteria2Settings.of(config("{\"offset_port_node\":443,\"offset_port_user\":\"8443\","
                + "\"sni\":\"cdn.example.com\"}"), "203.0.113.5");

        assertThat(settings.tls().clientPort()).isEqualTo(8443);
        assertThat(settings.tls().serverName()).isEqualTo("cdn.example.com");
        assertThat(settings.obfs()).isEmpty();
        assertThat(settings.hopPorts()).isEmpty();
        assertThat(settings.hopInterval()).isEqualTo(30);
        assertThat(settings.upMbps()).isZero();
    }

    @Test
    void whatNoHysteria2ClientCouldUseIsRefusedNamingTheKey() {
        String port = "\"offset_port_node\":\"443\"";
        String[][] cases = {
                {"custom_config.offset_port_node", "{}"},
                {"custom_config.offset_port_node", "{\"offset_port_node\":\"0\"}"},
                {"custom_config.sni", "{" + port + ",\"sni\":\"203.0.113.5\"}"},
                {"custom_config.host", "{" + port + ",\"host\":\"2001:db8::1\"}"},
                {"custom_config.obfs", "{" + port + ",\"obfs\":\"gost\"}"},
                {"custom_config.obfs_password", "{" + port + ",\"obfs\":\"salamander\"}"},
                {"custom_config.obfs_password", "{" + port + ",\"obfs\":\"salamander\",\"obfs_password\":\"has space\"}"},
                {"custom_config.obfs_password", "{" + port + ",\"obfs_password\":\"lonely\"}"},
                {"custom_config.hop_ports", "{" + port + ",\"hop_ports\":\"30000-20000\"}"},
                {"custom_config.hop_ports", "{" + port + ",\"hop_ports\":\"20000\"}"},
                {"custom_config.hop_ports", "{" + port + ",\"hop_ports\":\"0-100\"}"},
                {"custom_config.hop_ports", "{" + port + ",\"hop_ports\":\"20000-70000\"}"},
                {"custom_config.hop_ports", "{" + port + ",\"hop_ports\":\"20000-30000,\"}"},
                {"custom_config.hop_ports", "{" + port + ",\"hop_ports\":[20000,30000]}"},
                {"custom_config.hop_interval", "{" + port + ",\"hop_interval\":4}"},
                {"custom_config.up_mbps", "{" + port + ",\"up_mbps\":-1}"},
                {"custom_config.down_mbps", "{" + port + ",\"down_mbps\":100001}"},
                {"custom_config.ignore_client_bandwidth", "{" + port + ",\"ignore_client_bandwidth\":\"yes\"}"},
                {"custom_config.credential", "{" + port + ",\"credential\":\"passwd\"}"},
                {"custom_config.allow_insecure", "{" + port + ",\"allow_insecure\":true}"}};
        for (String[] c : cases) {
            refused(Hysteria2Settings::of, SERVER, c[1], c[0]);
        }
        refused(Hysteria2Settings::of, "203.0.113.5", "{" + port + "}", "custom_config.sni");
    }

    @Test
    void tuicDefaultsToBbrNativeH3AndTheUuid() {
        TuicSettings settings = TuicSettings.of(config("{\"offset_port_node\":\"8443\"}"), "sg1.example.com");

        assertThat(settings.congestionControl()).isEqualTo("bbr");
        assertThat(settings.udpRelayMode()).isEqualTo("native");
        assertThat(settings.alpn()).containsExactly("h3");
        assertThat(settings.passwdCredential()).isFalse();
        assertThat(TuicSettings.of(config("{\"offset_port_node\":\"8443\",\"credential\":\"passwd\","
                + "\"congestion_control\":\"new_reno\",\"udp_relay_mode\":\"quic\"}"), "sg1.example.com"))
                .extracting(TuicSettings::passwdCredential, TuicSettings::congestionControl, TuicSettings::udpRelayMode)
                .containsExactly(true, "new_reno", "quic");
    }

    @Test
    void whatNoTuicOrAnyTlsClientCouldUseIsRefusedNamingTheKey() {
        String port = "\"offset_port_node\":\"8443\"";
        for (String[] c : List.of(
                new String[] {"custom_config.congestion_control", "{" + port + ",\"congestion_control\":\"reno\"}"},
                new String[] {"custom_config.udp_relay_mode", "{" + port + ",\"udp_relay_mode\":\"tcp\"}"},
                new String[] {"custom_config.alpn", "{" + port + ",\"alpn\":\"h3\"}"},
                new String[] {"custom_config.alpn", "{" + port + ",\"alpn\":[]}"},
                new String[] {"custom_config.credential", "{" + port + ",\"credential\":\"token\"}"},
                new String[] {"custom_config.offset_port_node", "{}"})) {
            refused(TuicSettings::of, SERVER, c[1], c[0]);
        }
        refused(AnyTlsSettings::of, SERVER, "{" + port + ",\"security\":\"reality\"}", "custom_config.security");
        refused(AnyTlsSettings::of, SERVER, "{" + port + ",\"padding_scheme\":\"stop=8\"}", "custom_config.padding_scheme");
        refused(AnyTlsSettings::of, SERVER, "{" + port + ",\"credential\":\"passwd\"}", "custom_config.credential");
        refused(AnyTlsSettings::of, "198.51.100.7", "{" + port + "}", "custom_config.sni");
        assertThat(AnyTlsSettings.of(config("{" + port + ",\"padding_scheme\":[\"stop=8\",\"0=30-30\"]}"), SERVER)
                .paddingScheme()).containsExactly("stop=8", "0=30-30");
    }
}
