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
    void aRangeHoldsExactlyTheAddressesUnderItsPrefix() {
        TrustedProxies ranges = TrustedProxies.parse("10.0.0.0/8, 192.0.2.7/32, fd00::/8, 198.51.100.77/24");

        assertThat(ranges.clientOf("10.255.255.255", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ranges.clientOf("11.0.0.0", "203.0.113.9")).as("just past /8").isEqualTo("11.0.0.0");
        assertThat(ranges.clientOf("9.255.255.255", "203.0.113.9")).as("just before /8").isEqualTo("9.255.255.255");
        assertThat(ranges.clientOf("192.0.2.7", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ranges.clientOf("192.0.2.8", "203.0.113.9")).as("/32 is one address").isEqualTo("192.0.2.8");
        assertThat(ranges.clientOf("fdff:ffff::1", "2001:db8::15")).isEqualTo("2001:db8::15");
        assertThat(ranges.clientOf("fe00::1", "2001:db8::15")).as("just past fd00::/8").isEqualTo("fe00::1");
        assertThat(ranges.clientOf("198.51.100.1", "203.0.113.9")).as("host bits in the entry: its /24 counts")
                .isEqualTo("203.0.113.9");
    }

    @Test
    void anIpv4MappedPeerIsTheIpv4AddressAndAnIpv4RangeHoldsNoOtherIpv6() {
        assertThat(nginx.clientOf("::ffff:10.0.0.7", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(nginx.clientOf("127.0.0.1", "203.0.113.9, ::ffff:10.0.0.7")).as("a mapped hop is written as IPv4")
                .isEqualTo("203.0.113.9");
        assertThat(nginx.clientOf("::a00:7", "203.0.113.9")).as("not mapped: another address").isEqualTo("::a00:7");
    }

    @Test
    void anUnreadableEntryIsRefusedNamingIt() {
        for (String entry : new String[] {"10.0.0.0/33", "proxy.example.com", "10.0.0.0/-1", "10.0.0.0/x", "::/129", "1.2.3",
                "10.0.0.1-10.0.0.9", "10.0.0.*", "0x7f.0.0.1", "10.0.0.0/255.0.0.0"}) {
            assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, " + entry)).as(entry).hasMessageContaining(entry)
                    .hasMessageContaining("TRUSTED_PROXIES");
        }
        assertThat(TrustedProxies.parse(" , 127.0.0.1 ,").clientOf("127.0.0.1", "203.0.113.9")).as("empty items are skipped")
                .isEqualTo("203.0.113.9");
    }
}
