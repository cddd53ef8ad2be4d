package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import spanel.domain.node.Node;

/**
 * Names survive every format as stored (emoji, CJK, #, &, ?, %, :, quotes, YAML and JSON look-alikes),
 * lose their control characters (a newline could forge a second link or break YAML), and come out
 * unique, also against the names a profile keeps for itself.
 */
class ProfileNamesTest {

    private static final List<String> STORED = List.of(
            "HK #1 🇭🇰", "日本 東京", "a \"quoted\" 'name'", "back\\slash", "100% & ? : / =", "# comment",
            "true", "1234", "12e4", "null", "- item", "{flow: map}", "line\nbreak\r\n", "tab\there\u0000\u007f\u0085",
            "sep\u2028arator", "dup", "dup", "dup (2)", "DIRECT", "proxy", "direct", "\n");

    private static final List<String> SHOWN = List.of(
            "HK #1 🇭🇰", "日本 東京", "a \"quoted\" 'name'", "back\\slash", "100% & ? : / =", "# comment",
            "true", "1234", "12e4", "null", "- item", "{flow: map}", "linebreak", "tabhere",
            "separator", "dup", "dup (2)", "dup (2) (2)", "DIRECT", "proxy", "direct", "Node 22");

    private static final Set<SubscriptionFormat> LINE_FORMATS = Set.of(SubscriptionFormat.SURGE,
            SubscriptionFormat.QUANTUMULT_X, SubscriptionFormat.LOON);

    /** One Shadowsocks node per name (SIP008 carries only those), in the order above. */
    private static List<Node> nodes() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < STORED.size(); i++) {
            nodes.add(node(i + 1, i, STORED.get(i), 0, "{}"));
        }
        return nodes;
    }

    @ParameterizedTest
    @EnumSource(SubscriptionFormat.class)
    void names_read_back_as_stored_minus_controls_and_unique(SubscriptionFormat format) {
        List<String> names = ProfileParsers.names(format, Profiles.render(format, "t", nodes(), USER));

        assertThat(names).doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>(SHOWN);
        if (format == SubscriptionFormat.CLASH || format == SubscriptionFormat.CLASH_META
                || format == SubscriptionFormat.STASH || format == SubscriptionFormat.SURGE) {
            expected.set(18, "DIRECT (2)");
        }
        if (LINE_FORMATS.contains(format)) {
            // A line cannot carry a name with = or a comma, nor one that reads as a comment.
            expected.removeAll(List.of("100% & ? : / =", "# comment"));
        }
        if (format == SubscriptionFormat.SINGBOX) {
            expected.set(19, "proxy (2)");
            expected.set(20, "direct (2)");
        }
        assertThat(names).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(SubscriptionFormat.class)
    void a_name_cannot_forge_a_second_entry(SubscriptionFormat format) {
        List<Node> nodes = List.of(node(1, 0, "evil\nss://YWVzLTEyOC1nY206eA@attacker.example:1#x", 0, "{}"),
                node(2, 0, "x\"}, {name: \"forged\", type: \"ss\"", 0, "{}"));

        List<String> names = ProfileParsers.names(format, Profiles.render(format, "t", nodes, USER));

        if (LINE_FORMATS.contains(format)) {
            assertThat(names).containsExactly("evilss://YWVzLTEyOC1nY206eA@attacker.example:1#x");
            return;
        }
        assertThat(names).containsExactly("evilss://YWVzLTEyOC1nY206eA@attacker.example:1#x",
                "x\"}, {name: \"forged\", type: \"ss\"");
    }
}
