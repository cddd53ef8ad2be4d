package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.resource;
import static spanel.adapter.http.subscription.ExampleNodes.text;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of every format: links and line formats byte for byte, YAML and JSON field
 * for field (read back by SnakeYAML and Jackson), since a YAML or JSON library writes those.
 */
class ProfilesGoldenTest {

    @Test
    void the_base64_body_is_the_example_byte_for_byte() {
        RenderedProfile profile = Profiles.render(SubscriptionFormat.BASE64, "spanel", ExampleNodes.all(), USER);

        assertThat(text(profile)).isEqualTo(resource("base64-body.txt").strip());
        assertThat(new String(Base64.getDecoder().decode(profile.body()), StandardCharsets.UTF_8))
                .isEqualTo(resource("uri-list.txt"));
        assertThat(profile.contentType()).isEqualTo("text/plain; charset=utf-8");
        assertThat(profile.fileExtension()).isEqualTo("txt");
    }

    @Test
    void the_clash_profile_is_the_example_field_for_field() {
        RenderedProfile profile = Profiles.render(SubscriptionFormat.CLASH_META, "spanel", ExampleNodes.all(), USER);

        assertThat(ProfileParsers.yaml(profile)).isEqualTo(ProfileParsers.yaml(resource("clash.yaml")));
        assertThat(ProfileParsers.yaml(profile).keySet()).containsExactly("proxies", "proxy-groups", "rules");
        assertThat(profile.contentType()).isEqualTo("text/yaml; charset=utf-8");
        assertThat(profile.fileExtension()).isEqualTo("yaml");
    }

    @Test
    void the_singbox_profile_is_the_example_field_for_field() {
        RenderedProfile profile = Profiles.render(SubscriptionFormat.SINGBOX, "spanel", ExampleNodes.all(), USER);

        assertThat(ProfileParsers.json(profile)).isEqualTo(ProfileParsers.json(resource("singbox.json")));
        assertThat(profile.contentType()).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void the_sip008_profile_is_the_example_byte_for_byte() {
        long gib = 1L << 30;
        RenderedProfile profile = Profiles.render(SubscriptionFormat.SIP008, "spanel", ExampleNodes.all(), USER,
                Optional.of(new ProfileUsage(5 * gib, 100 * gib - 5 * gib)));

        assertThat(text(profile)).isEqualTo(resource("sip008.json"));
        assertThat(profile.contentType()).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void the_share_link_of_a_node_is_its_line_of_the_base64_list() {
        String[] lines = resource("uri-list.txt").split("\n");

        for (int i = 0; i < lines.length; i++) {
            assertThat(NodeConnection.of(ExampleNodes.all().get(i), USER).map(NodeConnection::link)).contains(lines[i]);
        }
    }

    @Test
    void the_nodes_come_out_in_class_then_name_then_id_order_whatever_order_they_came_in() {
        var reversed = new java.util.ArrayList<>(ExampleNodes.all());
        java.util.Collections.reverse(reversed);

        assertThat(text(Profiles.render(SubscriptionFormat.BASE64, "spanel", reversed, USER)))
                .isEqualTo(resource("base64-body.txt").strip());
    }
}
