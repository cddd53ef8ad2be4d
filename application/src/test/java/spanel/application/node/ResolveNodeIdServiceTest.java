package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.domain.node.NodeId;

class ResolveNodeIdServiceTest {

    /** An import from V2board where shadowsocks 1 kept id 1 and vmess 1 became node 9. */
    private final Map<String, Long> legacy = Map.of("shadowsocks:1", 1L, "vmess:1", 9L, "hysteria:2", 12L);
    private final ResolveNodeIdService resolve = new ResolveNodeIdService(
            (type, id) -> Optional.ofNullable(legacy.get(type + ":" + id)).map(NodeId::of));

    @Test
    void anImportedNodeIsFoundByTheTypeAndIdItWasConfiguredWith() {
        assertThat(resolve.resolve(Optional.of("vmess"), NodeId.of(1))).isEqualTo(NodeId.of(9));
        assertThat(resolve.resolve(Optional.of("shadowsocks"), NodeId.of(1))).isEqualTo(NodeId.of(1));
    }

    @Test
    void v2rayMeansVmessAndHysteria2MeansHysteriaAsInV2boardsTables() {
        assertThat(resolve.resolve(Optional.of("v2ray"), NodeId.of(1))).isEqualTo(NodeId.of(9));
        assertThat(resolve.resolve(Optional.of("Hysteria2"), NodeId.of(2))).isEqualTo(NodeId.of(12));
    }

    @Test
    void anyOtherIdOrNoTypeIsTheSpanelIdItself() {
        assertThat(resolve.resolve(Optional.of("trojan"), NodeId.of(1))).isEqualTo(NodeId.of(1));
        assertThat(resolve.resolve(Optional.of("vmess"), NodeId.of(5))).isEqualTo(NodeId.of(5));
        assertThat(resolve.resolve(Optional.empty(), NodeId.of(1))).isEqualTo(NodeId.of(1));
    }
}
