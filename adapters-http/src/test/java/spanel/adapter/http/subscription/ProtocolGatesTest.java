package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import spanel.adapter.http.subscription.ProfileNode.Protocol;

/** Which versions a fetch names, and which of TUIC, Hysteria2 and AnyTLS each format then carries. */
class ProtocolGatesTest {

    @Test
    void theSingBoxCoreIsTheVersionAfterSingBoxWhereverItStands() {
        assertThat(ProtocolGates.of(null, "sing-box 1.12.3").singBox()).isEqualTo(ClientVersion.of("1.12.3"));
        assertThat(ProtocolGates.of(null, "SFI/1.11.0 (iOS 18.1; sing-box 1.11.0)").singBox()).isEqualTo(ClientVersion.of("1.11.0"));
        assertThat(ProtocolGates.of(null, "sing-box v1.13").singBox()).isEqualTo(ClientVersion.of("1.13.0"));
        assertThat(ProtocolGates.of(null, "hiddify/2.5.7").singBox()).isEqualTo(ClientVersion.of("1.10.0"));
        assertThat(ProtocolGates.of(null, null).singBox()).isEqualTo(ClientVersion.of("1.10.0"));
        assertThat(ProtocolGates.of(null, "sing-box 99999999999.1").singBox()).isEqualTo(ClientVersion.of("1.10.0"));
    }

    @Test
    void aFlagSpeaksForTheClientInsteadOfTheUserAgent() {
        ProtocolGates client = ProtocolGates.of("sing-box 1.12.0", "curl/8.5.0");

        assertThat(client.carries(SubscriptionFormat.SINGBOX, Protocol.ANYTLS)).isTrue();
        assertThat(ProtocolGates.of("", "sing-box 1.12.0").carries(SubscriptionFormat.SINGBOX, Protocol.ANYTLS)).isTrue();
        assertThat(ProtocolGates.of("sing-box", "sing-box 1.12.0").carries(SubscriptionFormat.SINGBOX, Protocol.ANYTLS))
                .isFalse();
    }

    @Test
    void portHoppingInSingBoxStartsAt1_11() {
        assertThat(ProtocolGates.of(null, "sing-box 1.10.9").singBoxHopsPorts()).isFalse();
        assertThat(ProtocolGates.of(null, "sing-box 1.11.0").singBoxHopsPorts()).isTrue();
    }

    @Test
    void mihomoCarriesAnyTlsFrom1_19_3NamedInTheUserAgentAndEveryFormatCarriesTheOlderProtocolsAsBefore() {
        assertThat(ProtocolGates.of(null, "mihomo/v1.19.3").carries(SubscriptionFormat.CLASH_META, Protocol.ANYTLS)).isTrue();
        assertThat(ProtocolGates.of(null, "mihomo/1.18.10").carries(SubscriptionFormat.CLASH_META, Protocol.ANYTLS)).isFalse();
        assertThat(ProtocolGates.of(null, "FlClash/v0.8.80").carries(SubscriptionFormat.CLASH_META, Protocol.HYSTERIA2)).isTrue();
        for (SubscriptionFormat format : SubscriptionFormat.values()) {
            for (Protocol protocol : new Protocol[] {Protocol.SHADOWSOCKS, Protocol.VMESS, Protocol.TROJAN}) {
                assertThat(ProtocolGates.UNKNOWN.carries(format, protocol)).isTrue();
            }
        }
    }
}
