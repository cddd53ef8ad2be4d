package spanel.adapter.http.support;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.HostName;
import inet.ipaddr.HostNameParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv6.IPv6Address;
import java.util.Optional;

/**
 * IP addresses as nodes and proxies write them, read by the IPAddress library
 * (com.github.seancfoley:ipaddress) with everything but plain literals turned off: no host names,
 * no inet_aton forms ("1.2.3", "0x7f.1"), no ranges, wildcards or masks. Canonical text, so the
 * same device is counted once: IPv4 as a dotted quad without leading zeros (an IPv4-mapped IPv6
 * address becomes its IPv4 form), IPv6 in RFC 5952 form. A port ("1.2.3.4:5678",
 * "[2001:db8::1]:443") and an IPv6 zone ("fe80::1%eth0") are dropped. Nothing is looked up.
 */
public final class IpAddresses {

    private static final HostNameParameters REPORTED = literals(new HostNameParameters.Builder()
            .allowEmpty(false).allowPort(true).allowService(false).allowBracketedIPv6(true).allowBracketedIPv4(false)
            .getAddressOptionsBuilder(), false).getParentBuilder().toParams();

    private static final IPAddressStringParameters LITERAL = literals(new IPAddressStringParameters.Builder(), false).toParams();

    private static final IPAddressStringParameters RANGE = literals(new IPAddressStringParameters.Builder(), true).toParams();

    private IpAddresses() {
    }

    private static IPAddressStringParameters.Builder literals(IPAddressStringParameters.Builder builder, boolean prefix) {
        builder.allowEmpty(false).allowAll(false).allowSingleSegment(false).allowMask(false).allowPrefix(prefix)
                .allowPrefixOnly(false).allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE)
                .allow_inet_aton(false);
        builder.getIPv4AddressParametersBuilder().allowLeadingZeros(true).allowUnlimitedLeadingZeros(false)
                .allowBinary(false).allowPrefixesBeyondAddressSize(false);
        builder.getIPv6AddressParametersBuilder().allowLeadingZeros(true).allowUnlimitedLeadingZeros(false)
                .allowBinary(false).allowBase85(false).allowMixed(true).allowZone(true).allowPrefixesBeyondAddressSize(false);
        return builder;
    }

    /** The canonical text of a reported address (a port and a zone dropped), or empty. */
    public static Optional<String> canonical(String text) {
        return address(text).map(IPAddress::toCanonicalString);
    }

    /** The address a text names, IPv4-mapped IPv6 as IPv4, without port or zone; empty for anything else. */
    public static Optional<IPAddress> address(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        // A port follows IPv4 or a bracketed IPv6 only: in "1:2:3:4:5:6:7:8:9" the 9 is a ninth group, not a port.
        IPAddress address = s.startsWith("[") || s.indexOf(':') == s.lastIndexOf(':')
                ? new HostName(s, REPORTED).asAddress()
                : new IPAddressString(s, LITERAL).getAddress();
        return Optional.ofNullable(address).map(IpAddresses::plain);
    }

    /**
     * The key a per-address limit counts a client under: an IPv4 address itself, an IPv6 address by
     * its network of {@code ipv6Prefix} bits ("2001:db8:1:2::/64"), since a single host is handed a
     * whole /64 and could take a new address for every attempt. Text that is no address stays as is.
     */
    public static String limitKey(String client, int ipv6Prefix) {
        return address(client).map(ip -> ip instanceof IPv6Address && ipv6Prefix < ip.getBitCount()
                ? ip.toPrefixBlock(ipv6Prefix).toCanonicalString() : ip.toCanonicalString()).orElse(client);
    }

    /** An address, or a CIDR range ("10.0.0.0/8", "fd00::/8") as the block of every address in it; empty otherwise. */
    public static Optional<IPAddress> range(String text) {
        IPAddress address = new IPAddressString(text.strip(), RANGE).getAddress();
        if (address == null) {
            return Optional.empty();
        }
        return Optional.of(address.isPrefixed() ? address.toPrefixBlock() : plain(address));
    }

    private static IPAddress plain(IPAddress address) {
        if (address instanceof IPv6Address v6) {
            IPv6Address unzoned = v6.removeZone();
            return unzoned.isIPv4Mapped() ? unzoned.getEmbeddedIPv4Address() : unzoned;
        }
        return address;
    }
}
