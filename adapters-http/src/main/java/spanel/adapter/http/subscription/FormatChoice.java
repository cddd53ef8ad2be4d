package spanel.adapter.http.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import spanel.adapter.http.support.InvalidRequest;

/**
 * Picks the profile format for a fetch: an explicit {@code ?target=} first, then the path subtype
 * (which also takes SSPanel's values), then {@code ?flag=} or else the User-Agent matched against
 * the client table in order, and the base64 link list when nothing matches (curl, browsers,
 * unknown apps). mihomo apps that do not name the core, and apps that read SIP008 only, are in the
 * table too. An unknown target or subtype is a 400 naming the parameter.
 */
public final class FormatChoice {

    /** Names accepted by {@code ?target=} and the path subtype, SSPanel's path values included. */
    private static final Map<String, SubscriptionFormat> NAMES = Map.ofEntries(
            Map.entry("base64", SubscriptionFormat.BASE64),
            Map.entry("v2rayn", SubscriptionFormat.BASE64),
            Map.entry("general", SubscriptionFormat.BASE64),
            Map.entry("v2ray", SubscriptionFormat.BASE64),
            Map.entry("trojan", SubscriptionFormat.BASE64),
            Map.entry("ss", SubscriptionFormat.BASE64),
            Map.entry("sip002", SubscriptionFormat.BASE64),
            // SSPanel's own JSON shapes have no counterpart here; the link list is what every
            // client of that family also imports.
            Map.entry("json", SubscriptionFormat.BASE64),
            Map.entry("v2rayjson", SubscriptionFormat.BASE64),
            Map.entry("clash", SubscriptionFormat.CLASH_META),
            Map.entry("mihomo", SubscriptionFormat.CLASH_META),
            Map.entry("meta", SubscriptionFormat.CLASH_META),
            Map.entry("clashmeta", SubscriptionFormat.CLASH_META),
            Map.entry("singbox", SubscriptionFormat.SINGBOX),
            Map.entry("sing-box", SubscriptionFormat.SINGBOX),
            Map.entry("sip008", SubscriptionFormat.SIP008),
            Map.entry("surge", SubscriptionFormat.SURGE),
            Map.entry("quanx", SubscriptionFormat.QUANTUMULT_X),
            Map.entry("quantumultx", SubscriptionFormat.QUANTUMULT_X),
            Map.entry("loon", SubscriptionFormat.LOON),
            Map.entry("stash", SubscriptionFormat.STASH));

    private static final String KNOWN = "one of base64, v2rayn, general, clash, mihomo, meta, clashmeta, singbox, "
            + "sing-box, sip008, surge, quanx, quantumultx, loon, stash, json, v2rayjson, sip002, ss, v2ray, trojan";

    /** Client table: the first row with a substring found in the lower-cased client name wins. */
    record Row(List<String> substrings, SubscriptionFormat format) {
    }

    static final List<Row> CLIENTS = List.of(
            new Row(List.of("sing-box", "hiddify", "sfa/", "sfi/", "sfm/", "sft/"), SubscriptionFormat.SINGBOX),
            // Before the Clash rows: Stash names Clash in its User-Agent too (Stash/2.6.1 Clash/1.9.0).
            new Row(List.of("surge"), SubscriptionFormat.SURGE),
            new Row(List.of("quantumult%20x", "quantumult-x", "quantumult x"), SubscriptionFormat.QUANTUMULT_X),
            new Row(List.of("loon"), SubscriptionFormat.LOON),
            new Row(List.of("stash"), SubscriptionFormat.STASH),
            new Row(List.of("mihomo", "clash.meta", "clashmeta", "clash-verge", "verge", "flclash", "nyanpasu",
                    "clashx meta", "metacubex"), SubscriptionFormat.CLASH_META),
            new Row(List.of("clash"), SubscriptionFormat.CLASH),
            new Row(List.of("shadowrocket"), SubscriptionFormat.BASE64),
            new Row(List.of("v2rayn", "v2rayng", "nekobox", "nekoray", "passwall", "ssrplus", "v2box"),
                    SubscriptionFormat.BASE64),
            // Apps that read SIP008 only: shadowsocks-windows, and shadowsocks-android, which sends
            // Android's own User-Agent; last, so an Android app that names itself keeps its row.
            new Row(List.of("shadowsockswindows", "dalvik/"), SubscriptionFormat.SIP008));

    private FormatChoice() {
    }

    /**
     * The format for these request values, each of which may be null or empty (= absent).
     *
     * @throws InvalidRequest when target or subtype names no format (400, naming the parameter)
     */
    public static SubscriptionFormat choose(String target, String subtype, String flag, String userAgent) {
        if (present(target)) {
            return named("target", target);
        }
        if (present(subtype)) {
            return named("subtype", subtype);
        }
        return present(flag) ? byClient(flag) : byUserAgent(userAgent);
    }

    /**
     * OpenClash's default User-Agent is the bare word "Clash", and it runs the mihomo core; as a
     * {@code ?flag=} the word keeps SSPanel's meaning, plain Clash.
     */
    private static SubscriptionFormat byUserAgent(String userAgent) {
        if (userAgent != null && userAgent.strip().equalsIgnoreCase("clash")) {
            return SubscriptionFormat.CLASH_META;
        }
        return byClient(userAgent);
    }

    /** The client table alone (rows in order, base64 when none matches). */
    static SubscriptionFormat byClient(String client) {
        if (client == null) {
            return SubscriptionFormat.BASE64;
        }
        String lower = client.toLowerCase(Locale.ROOT);
        return CLIENTS.stream()
                .filter(row -> row.substrings().stream().anyMatch(lower::contains))
                .map(Row::format)
                .findFirst()
                .orElse(SubscriptionFormat.BASE64);
    }

    private static SubscriptionFormat named(String parameter, String value) {
        return Optional.ofNullable(NAMES.get(value.trim().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> InvalidRequest.field(parameter, "unknown target; " + KNOWN));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
