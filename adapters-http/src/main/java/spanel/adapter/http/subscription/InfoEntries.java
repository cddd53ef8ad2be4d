package spanel.adapter.http.subscription;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Entries at the top of a profile that carry the account's state in their names, for clients that
 * show nothing of the usage header: the traffic left, the expiry and the next traffic reset. Each
 * is a Shadowsocks entry to 127.0.0.1 port 1, which connects nowhere, with a name every format can
 * carry (no comma, no {@code =}).
 */
final class InfoEntries {

    private static final long GIB = 1L << 30;

    private InfoEntries() {
    }

    /** The entries' names: traffic left in GB (2^30 bytes, two decimals), the expiry, and the next reset when there is one. */
    static List<String> names(long bytesLeft, LocalDate expiresOn, Optional<LocalDate> nextReset) {
        List<String> names = new ArrayList<>();
        names.add("Traffic left: " + BigDecimal.valueOf(Math.max(0, bytesLeft))
                .divide(BigDecimal.valueOf(GIB), 2, RoundingMode.DOWN).toPlainString() + " GB");
        names.add("Expires: " + expiresOn);
        nextReset.ifPresent(date -> names.add("Next reset: " + date));
        return names;
    }

    /** Whether this entry is one of these, not a node: health checks and automatic selection leave it out. */
    static boolean is(ProfileNode node) {
        return node.nodeId() == 0;
    }

    static List<ProfileNode> entries(List<String> names) {
        return names.stream().map(name -> new ProfileNode(0, name, ProfileNode.Protocol.SHADOWSOCKS, "127.0.0.1", 1,
                "aes-128-gcm", "info", "", "", new ProfileNode.Transport("tcp", "", "", ""), ProfileNode.Tls.NONE))
                .toList();
    }
}
