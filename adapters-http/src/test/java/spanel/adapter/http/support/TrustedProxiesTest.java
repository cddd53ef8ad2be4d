package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies nginx = TrustedProxies.parse("127.0.0.1, 10.0.0.0/8, fd00::/8");

    @Test
    void behindATrustedProxyTheClientIsTheRightmostUntrustedForwardedAddress() {
        assertThat(nginx.clientOf("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(nginx.clientOf("10.1.2.3", "198.51.100.1, 203.0.113.9, 10.0.0.7")).isEqualTo("203.0.113.9");
        assertThat(nginx.clientOf("fd00::1", "2001:db8::15")).isEqualTo("2001:db8::15");
    }

    @Test
    void aForwardedHeaderFromAnyoneElseIsIgnored() {
        assertThat(nginx.clientOf("203.0.113.50", "1.2.3.4")).isEqualTo("203.0.113.50");
        assertThat(TrustedProxies.NONE.clientOf("127.0.0.1", "1.2.3.4")).isEqualTo("127.0.0.1");
    }

    @Test
    void withoutAHeaderOrWithGarbageInItThePeerOrTheLastGoodHopStands() {
        assertThat(nginx.clientOf("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(nginx.clientOf("127.0.0.1", "not-an-ip")).isEqualTo("127.0.0.1");
        assertThat(nginx.clientOf("127.0.0.1", "not-an-ip, 10.0.0.7")).isEqualTo("10.0.0.7");
    }

    @Test
    void anUnreadableEntryIsRefusedNamingIt() {
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.com")).hasMessageContaining("proxy.example.com");
    }
}
