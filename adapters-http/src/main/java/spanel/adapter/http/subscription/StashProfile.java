package spanel.adapter.http.subscription;

import java.util.Optional;

/**
 * Stash reads Clash YAML but rejects the whole file over an option its version lacks: REALITY and
 * the vision flow need Stash 3.1.0, TUIC 2.3.0, Hysteria2 2.5.0, AnyTLS 3.3.0, and it has no
 * HTTPUpgrade for VMess. A Stash whose version cannot be read is treated as the oldest.
 */
final class StashProfile {

    static final String REALITY_SINCE = "3.1.0";
    static final String TUIC_SINCE = "2.3.0";
    static final String HYSTERIA2_SINCE = "2.5.0";
    static final String ANYTLS_SINCE = "3.3.0";

    private StashProfile() {
    }

    static boolean supports(ProfileNode node, Optional<ClientVersion> version) {
        return switch (node.protocol()) {
            case VLESS -> since(version, REALITY_SINCE) || !node.tls().reality() && node.flow().isEmpty();
            case VMESS -> !node.transport().network().equals("httpupgrade");
            case SHADOWSOCKS, SHADOWSOCKS_2022, TROJAN -> true;
            case TUIC -> since(version, TUIC_SINCE);
            case HYSTERIA2 -> since(version, HYSTERIA2_SINCE);
            case ANYTLS -> since(version, ANYTLS_SINCE);
        };
    }

    private static boolean since(Optional<ClientVersion> version, String first) {
        return version.map(v -> v.atLeast(first)).orElse(false);
    }
}
