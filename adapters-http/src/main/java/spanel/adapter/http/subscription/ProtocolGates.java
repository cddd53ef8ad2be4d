package spanel.adapter.http.subscription;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the fetching client can read, from {@code ?flag=} or else its User-Agent: the versions that
 * decide whether it gets a Hysteria2, TUIC or AnyTLS node. A client that cannot use a protocol does
 * not get that node, because one entry it does not know makes sing-box and mihomo refuse the whole
 * profile; a version that cannot be read counts as the oldest one served.
 *
 * <ul>
 *   <li>sing-box: the core version after {@code sing-box} ({@code sing-box 1.12.3}, or inside an
 *       app's User-Agent, {@code SFA/1.11.4 (Android 14; sing-box 1.11.4)}); none counts as 1.10.
 *       AnyTLS needs 1.12, port hopping ({@code server_ports}, {@code hop_interval}) 1.11.</li>
 *   <li>mihomo: AnyTLS needs a core of 1.19.3 or newer named as {@code mihomo/1.19.3}; apps that
 *       do not name their core get no AnyTLS. Stash reads Clash profiles with types of its own and
 *       gets none of the three.</li>
 *   <li>Shadowrocket: Hysteria2 links from build 1993, AnyTLS from build 2592.</li>
 *   <li>Stash, Surge and Loon: by their versions, where their profiles are written; Quantumult X
 *       gets none of the three.</li>
 * </ul>
 */
record ProtocolGates(String name, Optional<ClientVersion> singBoxCore, Optional<ClientVersion> mihomoCore, OptionalInt build) {

    private static final ClientVersion SINGBOX_OLDEST = ClientVersion.of("1.10.0");
    private static final ClientVersion SINGBOX_PORT_HOPPING = ClientVersion.of("1.11.0");
    private static final ClientVersion SINGBOX_ANYTLS = ClientVersion.of("1.12.0");
    private static final ClientVersion MIHOMO_ANYTLS = ClientVersion.of("1.19.3");
    private static final int SHADOWROCKET_HYSTERIA2 = 1993;
    private static final int SHADOWROCKET_ANYTLS = 2592;

    private static final Pattern SINGBOX = Pattern.compile("sing-box\\s+v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final Pattern MIHOMO = Pattern.compile("mihomo/v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final Pattern SHADOWROCKET = Pattern.compile("shadowrocket/(\\d{1,9})");

    static final ProtocolGates UNKNOWN = of(null, null);

    /** The client named by {@code ?flag=} when present, else by the User-Agent; either may be null. */
    static ProtocolGates of(String flag, String userAgent) {
        String client = flag != null && !flag.isBlank() ? flag : userAgent == null ? "" : userAgent;
        String lower = client.toLowerCase(Locale.ROOT);
        Matcher build = SHADOWROCKET.matcher(lower);
        return new ProtocolGates(lower, version(SINGBOX, lower), version(MIHOMO, lower),
                build.find() ? OptionalInt.of(Integer.parseInt(build.group(1))) : OptionalInt.empty());
    }

    private static Optional<ClientVersion> version(Pattern pattern, String client) {
        Matcher matcher = pattern.matcher(client);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClientVersion.of(matcher.group(1) + "." + matcher.group(2)
                    + (matcher.group(3) == null ? "" : "." + matcher.group(3))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The sing-box core this client runs, the oldest served when it does not say. */
    ClientVersion singBox() {
        return singBoxCore.orElse(SINGBOX_OLDEST);
    }

    /** Whether a sing-box outbound may carry Hysteria2's server_ports and hop_interval. */
    boolean singBoxHopsPorts() {
        return singBox().atLeast(SINGBOX_PORT_HOPPING);
    }

    /** Whether a profile in this format, for this client, may hold a node of this protocol. */
    boolean carries(SubscriptionFormat format, ProfileNode.Protocol protocol) {
        if (protocol != ProfileNode.Protocol.HYSTERIA2 && protocol != ProfileNode.Protocol.TUIC
                && protocol != ProfileNode.Protocol.ANYTLS) {
            return true;
        }
        return switch (format) {
            case BASE64 -> !name.contains("shadowrocket") || shadowrocketCarries(protocol);
            case CLASH_META -> !name.contains("stash")
                    && (protocol != ProfileNode.Protocol.ANYTLS || mihomoCore.filter(v -> v.atLeast(MIHOMO_ANYTLS)).isPresent());
            case SINGBOX -> protocol != ProfileNode.Protocol.ANYTLS || singBox().atLeast(SINGBOX_ANYTLS);
            // by version, in StashProfile, SurgeProfile and LoonProfile
            case STASH -> true;
            case SURGE, LOON -> protocol == ProfileNode.Protocol.HYSTERIA2;
            // plain Clash, SIP008 and Quantumult X have no such types; a format added later carries none until it says how
            default -> false;
        };
    }

    private boolean shadowrocketCarries(ProfileNode.Protocol protocol) {
        return switch (protocol) {
            case HYSTERIA2 -> build.orElse(0) >= SHADOWROCKET_HYSTERIA2;
            case ANYTLS -> build.orElse(0) >= SHADOWROCKET_ANYTLS;
            default -> true;
        };
    }
}
