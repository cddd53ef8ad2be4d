package spanel.adapter.http.subscription;

import java.util.Locale;
import spanel.adapter.http.support.InvalidRequest;

/** Placeholder: the link list for every client until the format renderers land. */
public final class FormatChoice {

    private FormatChoice() {
    }

    public static SubscriptionFormat choose(String target, String subtype, String flag, String userAgent) {
        String named = target != null && !target.isBlank() ? target : subtype;
        if (named == null || named.isBlank()) {
            return SubscriptionFormat.BASE64;
        }
        return switch (named.strip().toLowerCase(Locale.ROOT)) {
            case "base64", "v2rayn", "general", "v2ray", "trojan", "ss", "sip002" -> SubscriptionFormat.BASE64;
            case "clash", "mihomo", "meta", "clashmeta" -> SubscriptionFormat.CLASH_META;
            case "singbox", "sing-box" -> SubscriptionFormat.SINGBOX;
            case "sip008" -> SubscriptionFormat.SIP008;
            default -> throw InvalidRequest.field(target != null && !target.isBlank() ? "target" : "subtype",
                    "unknown target");
        };
    }
}
