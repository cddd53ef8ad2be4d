package spanel.adapter.http.support;

import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reverse proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES: addresses or CIDR ranges).
 * Behind one, every client would otherwise share the proxy's address, and a per-address limit would
 * lock everyone out together; from anyone else the header is ignored, since any client can write it.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<IPAddress> ranges;

    private TrustedProxies(List<IPAddress> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** "127.0.0.1, 10.0.0.0/8, fd00::/8"; anything unreadable is an IllegalArgumentException naming it. */
    public static TrustedProxies parse(String list) {
        List<IPAddress> ranges = new ArrayList<>();
        for (String item : list.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            ranges.add(IpAddresses.range(entry).orElseThrow(() -> new IllegalArgumentException(
                    "TRUSTED_PROXIES: '" + entry + "' is not an address or a range such as 10.0.0.0/8")));
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
        return IpAddresses.address(address).map(ip -> ranges.stream().anyMatch(range -> range.contains(ip))).orElse(false);
    }
}
