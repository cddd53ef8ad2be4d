package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import spanel.adapter.http.subscription.ProfileClient.Version;
import spanel.adapter.http.subscription.ProfileNode.Protocol;

/** Which versions a fetch names, and which of TUIC, Hysteria2 and AnyTLS each format then carries. */
class ProfileClientTest {

    @Test
    void theSingBoxCoreIsTheVersionAfterSingBoxWhereverItStands() {
        assertThat(ProfileClient.of(null, "sing-box 1.12.3").singBox()).isEqualTo(new Version(1, 12, 3));
        assertThat(ProfileClient.of(null, "SFI/1.11.0 (iOS 18.1; sing-box 1.11.0)").singBox()).isEqualTo(new Version(1, 11, 0));
        assertThat(ProfileClient.of(null, "sing-box v1.13").singBox()).isEqualTo(new Version(1, 13, 0));
        assertThat(ProfileClient.of(null, "hiddify/2.5.7").singBox()).isEqualTo(new Version(1, 10, 0));
        assertThat(ProfileClient.of(null, null).singBox()).isEqualTo(new Version(1, 10, 0));
        assertThat(ProfileClient.of(null, "sing-box 99999999999.1").singBox()).isEqualTo(new Version(1, 10, 0));
    }

    @Test
    void aFlagSpeaksForTheClientInsteadOfTheUserAgent() {
        ProfileClient client = ProfileClient.of("sing-box 1.12.0", "curl/8.5.0");

        assertThat(client.carries(SubscriptionFormat.SINGBOX, Protocol.ANYTLS)).isTrue();
        assertThat(ProfileClient.of("", "sing-box 1.12.0").carries(SubscriptionFormat.SINGBOX, Protocol.ANYTLS)).isTrue();
        assertThat(ProfileClient.of("sing-box", "sing-box 1.12.0").carries(SubscriptionFormat.SINGBOX, Protocol.ANYTLS))
                .isFalse();
    }

    @Test
    void portHoppingInSingBoxStartsAt1_11() {
        assertThat(ProfileClient.of(null, "sing-box 1.10.9").singBoxHopsPorts()).isFalse();
        assertThat(ProfileClient.of(null, "sing-box 1.11.0").singBoxHopsPorts()).isTrue();
    }

    @Test
    void mihomoCarriesAnyTlsFrom1_19_3NamedInTheUserAgentAndEveryFormatCarriesTheOlderProtocolsAsBefore() {
        assertThat(ProfileClient.of(null, "mihomo/v1.19.3").carries(SubscriptionFormat.CLASH_META, Protocol.ANYTLS)).isTrue();
        assertThat(ProfileClient.of(null, "mihomo/1.18.10").carries(SubscriptionFormat.CLASH_META, Protocol.ANYTLS)).isFalse();
        assertThat(ProfileClient.of(null, "FlClash/v0.8.80").carries(SubscriptionFormat.CLASH_META, Protocol.HYSTERIA2)).isTrue();
        for (SubscriptionFormat format : SubscriptionFormat.values()) {
            for (Protocol protocol : new Protocol[] {Protocol.SHADOWSOCKS, Protocol.VMESS, Protocol.TROJAN}) {
                assertThat(ProfileClient.UNKNOWN.carries(format, protocol)).isTrue();
            }
        }
    }
}
