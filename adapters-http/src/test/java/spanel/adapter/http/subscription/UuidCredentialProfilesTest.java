package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.UUID;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.node;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import spanel.domain.node.Node;

/**
 * Shadowsocks nodes whose users connect with their uuid, as V2board's did: every format hands out
 * the uuid as the plain password and the uuid-cut key for Shadowsocks-2022, never the proxy password.
 */
class UuidCredentialProfilesTest {

    /** The worked example's node HK SS22: the server key Xboard made, then base64 of "b831381d-6324-4d". */
    private static final String SS2022_PASSWORD = "MjQ5MjBkZWNmODNmNjk2MA==:YjgzMTM4MWQtNjMyNC00ZA==";
    /** Formats that carry no Shadowsocks-2022 node at all. */
    private static final Set<SubscriptionFormat> WITHOUT_2022 = EnumSet.of(SubscriptionFormat.CLASH,
            SubscriptionFormat.SURGE, SubscriptionFormat.QUANTUMULT_X, SubscriptionFormat.LOON);

    private static final List<Node> NODES = List.of(
            node(1, 0, "SS by uuid", 0, "{\"offset_port_node\":\"8388\",\"credential\":\"uuid\"}"),
            node(2, 1, "HK SS22", Node.SORT_SS2022, "{\"offset_port_node\":\"443\",\"credential\":\"uuid\","
                    + "\"server_key\":\"MjQ5MjBkZWNmODNmNjk2MA==\"}"));

    @Test
    void everyFormatHandsOutTheUuidAndTheKeyCutFromIt() {
        for (SubscriptionFormat format : SubscriptionFormat.values()) {
            String text = readable(format, Profiles.render(format, "t", NODES, USER));

            assertThat(text).as(format.name()).contains(UUID).doesNotContain("p@ss", "p%40ss");
            if (!WITHOUT_2022.contains(format)) {
                assertThat(text).as(format.name()).contains(SS2022_PASSWORD);
            }
        }
    }

    @Test
    void withoutTheSettingTheProxyPasswordStays() {
        List<Node> nodes = List.of(node(1, 0, "SS", 0, "{\"offset_port_node\":\"8388\"}"));
        String text = readable(SubscriptionFormat.BASE64, Profiles.render(SubscriptionFormat.BASE64, "t", nodes, USER));

        assertThat(text).contains("aes-128-gcm:p@ss w0rd").doesNotContain(UUID);
    }

    /** The profile as text to search: the base64 list and its links' user parts decoded, percent-escapes undone. */
    private static String readable(SubscriptionFormat format, RenderedProfile profile) {
        if (format != SubscriptionFormat.BASE64) {
            String body = ExampleNodes.text(profile);
            return body + "\n" + URLDecoder.decode(body.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        ProfileParsers.links(profile).forEach(link -> text.append(link.user()).append('\n'));
        return text.toString();
    }
}
