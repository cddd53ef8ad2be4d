package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.5, 203.0.113.5",
            "203.0.113.5:51234, 203.0.113.5",
            "010.1.2.3, 10.1.2.3",
            "::ffff:203.0.113.5, 203.0.113.5",
            "::FFFF:CB00:7105, 203.0.113.5",
            "2001:db8::15, 2001:db8::15",
            "2001:0DB8:0000:0000:0000:0000:0000:0015, 2001:db8::15",
            "[2001:db8::15]:443, 2001:db8::15",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "::1, ::1",
            "::, ::",
            "fe80::1%eth0, fe80::1",
            "' 198.51.100.7 ', 198.51.100.7"})
    void theSameAddressAlwaysHasTheSameText(String reported, String canonical) {
        assertThat(IpAddresses.canonical(reported)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-an-ip", "example.com", "256.1.1.1", "1.2.3", "1.2.3.4.5", "1:2:3:4:5:6:7:8:9",
            "2001:db8:::1", "12345::1", "1::2::3", "[::1", "1.2.3.-4", "g::1", "0x7f.0.0.1", "0001.2.3.4", "1.2.3.4/8",
            "1.2.3.*", "1.2.3.4-5", "localhost", "1.2.3.4:99999", "[::1]x"})
    void anythingElseIsNotAnAddress(String reported) {
        assertThat(IpAddresses.canonical(reported)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2001:db8:1:2::15, 64, 2001:db8:1:2::/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 64, 2001:db8:1:2::/64",
            "[2001:db8:1:2::15]:443, 64, 2001:db8:1:2::/64",
            "2001:db8:1:2ff::15, 56, 2001:db8:1:200::/56",
            "2001:db8:1:2::15, 128, 2001:db8:1:2::15",
            "203.0.113.5, 64, 203.0.113.5",
            "::ffff:203.0.113.5, 64, 203.0.113.5",
            "not-an-ip, 64, not-an-ip"})
    void aLimitCountsAnIpv6ClientByItsNetworkAndAnIpv4ClientByItsAddress(String client, int prefix, String key) {
        assertThat(IpAddresses.limitKey(client, prefix)).isEqualTo(key);
    }
}
