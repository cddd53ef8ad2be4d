package spanel.adapter.http.subscription;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import spanel.domain.node.Node;

/**
 * Renders a user's subscription profile in one format. The nodes come in already filtered to those
 * the user may use now; here they are ordered (node class, then name, then id), mapped once, left
 * out where a format has no way to say them, and named uniquely within the profile.
 */
public final class Profiles {

    private static final Comparator<Node> ORDER = Comparator.comparingInt(Node::nodeClass)
            .thenComparing(node -> node.name() == null ? "" : node.name())
            .thenComparingLong(node -> node.id().value());

    private Profiles() {
    }

    /**
     * The profile body, without traffic figures in it. {@code title} is the profile's name; the
     * bodies carry none (clients take it from the response headers), so it is not written here.
     */
    public static RenderedProfile render(SubscriptionFormat format, String title, List<Node> nodes,
            SubscriptionUser user) {
        return render(format, title, nodes, user, Optional.empty());
    }

    /** As {@link #render(SubscriptionFormat, String, List, SubscriptionUser)}, with the usage SIP008 can carry. */
    public static RenderedProfile render(SubscriptionFormat format, String title, List<Node> nodes,
            SubscriptionUser user, Optional<ProfileUsage> usage) {
        return render(format, title, nodes, user, usage, ProtocolGates.UNKNOWN);
    }

    /**
     * As {@link #render(SubscriptionFormat, String, List, SubscriptionUser, Optional)}, for the client
     * named by {@code ?flag=} or the User-Agent: a node of a protocol that client cannot read is left
     * out, and sing-box gets port hopping only from the core version that reads it.
     */
    public static RenderedProfile render(SubscriptionFormat format, String title, List<Node> nodes,
            SubscriptionUser user, Optional<ProfileUsage> usage, String flag, String userAgent) {
        return render(format, title, nodes, user, usage, ProtocolGates.of(flag, userAgent));
    }

    static RenderedProfile render(SubscriptionFormat format, String title, List<Node> nodes,
            SubscriptionUser user, Optional<ProfileUsage> usage, ProtocolGates gates) {
        return render(format, nodes, user, usage, ProfileClient.UNKNOWN, gates);
    }

    /** For a client whose version and refresh URL are known, with no protocol gates beyond the format's own. */
    static RenderedProfile render(SubscriptionFormat format, List<Node> nodes, SubscriptionUser user,
            Optional<ProfileUsage> usage, ProfileClient client) {
        return render(format, nodes, user, usage, client, ProtocolGates.UNKNOWN);
    }

    /** As the one that renders, with the minimal templates: only the nodes, one group, and MATCH for Clash. */
    static RenderedProfile render(SubscriptionFormat format, List<Node> nodes, SubscriptionUser user,
            Optional<ProfileUsage> usage, ProfileClient client, ProtocolGates gates) {
        return render(format, nodes, user, usage, client, gates, ProfileTemplates.BARE);
    }

    /**
     * The one that renders: the operator's info entries first (SIP008 aside), then the nodes this
     * client can read; mihomo and sing-box profiles are built from the templates, plain Clash and
     * Stash (which lack options the templates use) and sing-box cores that do not name their version
     * (whose form cannot be chosen) from the minimal one.
     */
    static RenderedProfile render(SubscriptionFormat format, List<Node> nodes, SubscriptionUser user,
            Optional<ProfileUsage> usage, ProfileClient client, ProtocolGates gates, ProfileTemplates templates) {
        List<ProfileNode> resolved = Stream.concat(
                format == SubscriptionFormat.SIP008 ? Stream.empty() : InfoEntries.entries(client.infoEntries()).stream(),
                nodes.stream().sorted(ORDER).map(node -> ProfileNodes.resolve(node, user)).flatMap(Optional::stream)
                        .filter(node -> gates.carries(format, node.protocol())))
                .toList();
        byte[] body = switch (format) {
            case BASE64 -> ShareLinks.body(Names.unique(resolved, Set.of()));
            case CLASH_META -> ClashProfile.body(select(resolved, node -> ClashProfile.supports(node, true),
                    templates.clash().reserved()), templates);
            case CLASH -> ClashProfile.body(select(resolved, node -> ClashProfile.supports(node, false),
                    ProfileTemplates.BARE.clash().reserved()), ProfileTemplates.BARE);
            case SINGBOX -> {
                // A core that does not say its version may be one that refuses every older form: it gets only the nodes.
                ProfileTemplates forCore = gates.singBoxCore().isPresent() ? templates : ProfileTemplates.BARE;
                yield SingBoxProfile.body(Names.unique(resolved, forCore.singBox().reserved()), gates, forCore);
            }
            case SIP008 -> Sip008Profile.body(select(resolved, Sip008Profile::supports, Set.of()), usage);
            case SURGE -> SurgeProfile.body(select(resolved, node -> SurgeProfile.supports(node, client.version()),
                    SurgeProfile.RESERVED), client.managedUrl(), client.refreshSeconds());
            case QUANTUMULT_X -> LineFields.lines(select(resolved, LineFields::writable, Set.of()),
                    QuantumultXProfile::line);
            case LOON -> LineFields.lines(select(resolved, node -> LoonProfile.supports(node, client.version()), Set.of()),
                    LoonProfile::line);
            case STASH -> ClashProfile.stashBody(select(resolved, node -> StashProfile.supports(node, client.version()),
                    ProfileTemplates.BARE.clash().reserved()));
        };
        return new RenderedProfile(body, format.contentType(), format.fileExtension());
    }

    private static List<ProfileNode> select(List<ProfileNode> nodes, Predicate<ProfileNode> supported,
            Set<String> reserved) {
        return Names.unique(nodes.stream().filter(supported).toList(), reserved);
    }
}
