package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.resource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.domain.node.Node;

/** Stash: Clash YAML, with what its version rejects left out; unknown versions count as the oldest. */
class StashProfileTest {

    private static RenderedProfile render(String userAgent, List<Node> nodes) {
        return Profiles.render(SubscriptionFormat.STASH, nodes, USER, Optional.empty(),
                new ProfileClient(ClientVersion.in(userAgent), "", 86_400));
    }

    @Test
    void aCurrentStashGetsTheClashExampleUnchanged() {
        assertThat(ProfileParsers.yaml(render("Stash/3.1.0 Clash/1.9.0", ExampleNodes.all())))
                .isEqualTo(ProfileParsers.yaml(resource("clash.yaml")));
    }

    @Test
    void anOlderOrUnknownStashGetsNoRealityNorVisionAndStillParses() {
        for (String userAgent : List.of("Stash/2.6.1 Clash/1.9.0", "Stash")) {
            RenderedProfile profile = render(userAgent, ExampleNodes.all());

            assertThat(ProfileParsers.clashProxies(profile)).extracting(proxy -> proxy.get("name"))
                    .as(userAgent).containsExactly("HK #1 🇭🇰", "HK SS2022", "HK VMess WS", "HK Trojan", "HK VLESS WS");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> groups = (List<Map<String, Object>>) ProfileParsers.yaml(profile).get("proxy-groups");
            assertThat(String.valueOf(groups.getFirst().get("proxies"))).doesNotContain("HK VLESS Reality");
        }
    }

    @Test
    void noStashGetsVmessOverHttpUpgrade() {
        Node upgrade = ExampleNodes.node(9, 0, "Upgrade", Node.SORT_VMESS, "{\"network\":\"httpupgrade\",\"path\":\"/u\"}");

        assertThat(ProfileParsers.clashProxies(render("Stash/3.3.0", List.of(upgrade)))).isEmpty();
        assertThat(ProfileParsers.clashProxies(Profiles.render(SubscriptionFormat.CLASH_META, "t", List.of(upgrade),
                USER))).hasSize(1);
    }

    @Test
    void versionsAreReadAfterTheClientsNameElseFromTheFirstSlash() {
        assertThat(ClientVersion.in("Stash/2.6.1 Clash/1.9.0")).contains(ClientVersion.of("2.6.1"));
        assertThat(ClientVersion.in("SFA/1.11.4 (Android 14; sing-box 1.11.4)")).contains(ClientVersion.of("1.11.4"));
        assertThat(ClientVersion.in("sing-box 1.12.3")).contains(ClientVersion.of("1.12.3"));
        assertThat(ClientVersion.in("Quantumult%20X/1.5.2 (iPhone14,2)")).contains(ClientVersion.of("1.5.2"));
        assertThat(ClientVersion.in("SomeApp/4.2")).contains(ClientVersion.of("4.2"));
        assertThat(ClientVersion.in("Stash")).isEmpty();
        assertThat(ClientVersion.of("3.1")).isEqualTo(ClientVersion.of("3.1.0")).hasSameHashCodeAs(ClientVersion.of("3.1.0"));
        assertThat(ClientVersion.of("3.10.0").atLeast("3.9.9")).isTrue();
        assertThat(ClientVersion.of("2.6.1").atLeast(StashProfile.REALITY_SINCE)).isFalse();
    }
}
