package spanel.adapter.http.subscription;

import java.util.Optional;

/**
 * Stash reads Clash YAML but rejects the whole file over an option its version lacks: REALITY and
 * the vision flow need Stash 3.1.0, and it has no HTTPUpgrade for VMess. A Stash whose version
 * cannot be read is treated as the oldest.
 */
final class StashProfile {

    static final String REALITY_SINCE = "3.1.0";

    private StashProfile() {
    }

    static boolean supports(ProfileNode node, Optional<ClientVersion> version) {
        boolean modern = version.map(v -> v.atLeast(REALITY_SINCE)).orElse(false);
        return switch (node.protocol()) {
            case VLESS -> modern || !node.tls().reality() && node.flow().isEmpty();
            case VMESS -> !node.transport().network().equals("httpupgrade");
            case SHADOWSOCKS, SHADOWSOCKS_2022, TROJAN -> true;
            // Stash's versions for these are not gated here yet: left out.
            case HYSTERIA2, TUIC, ANYTLS -> false;
        };
    }
}
