package spanel.adapter.http.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import spanel.domain.node.IpAddresses;

/**
 * The reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses or CIDR ranges).
 * Behind one, every client would otherwise share the proxy's address, and a per-address limit would
 * lock everyone out together; from anyone else the header is ignored, since any client can write it.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private record Range(byte[] base, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != base.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (base[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** "127.0.0.1, 10.0.0.0/8, fd00::/8"; anything unreadable is an IllegalArgumentException naming it. */
    public static TrustedProxies parse(String list) {
        List<Range> ranges = new ArrayList<>();
        for (String item : list.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] base = IpAddresses.toBytes(slash < 0 ? entry : entry.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("TRUSTED_PROXIES: '" + entry + "' is not an address or range"));
            int prefix = base.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > base.length * 8) {
                    throw new IllegalArgumentException("TRUSTED_PROXIES: '" + entry + "' has a bad prefix length");
                }
            }
            ranges.add(new Range(base, prefix));
        }
        return new TrustedProxies(ranges);
    }

    /**
     * The client's address: the peer itself, unless the peer is a trusted proxy; then the rightmost
     * address of X-Forwarded-For that is not a trusted proxy (the one the trusted chain saw).
     */
    public String clientOf(String peer, String forwardedFor) {
        if (ranges.isEmpty() || forwardedFor == null || !trusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<String> hop = IpAddresses.canonical(hops[i]);
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        return IpAddresses.toBytes(address).map(bytes -> ranges.stream().anyMatch(r -> r.contains(bytes))).orElse(false);
    }
}
