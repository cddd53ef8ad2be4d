package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;
import static spanel.adapter.http.subscription.ExampleNodes.node;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import spanel.domain.node.Node;

/** A node a client could not use is never written half-filled: it is left out of every format and logged once. */
class LeftOutNodesTest {

    private static final String PBK = ExampleNodes.PBK;

    /** Ids from 100 up, so the log lines of this class are its own. */
    private static final List<Node> BROKEN = List.of(
            node(101, 0, "2022 with a plain cipher", Node.SORT_SS2022, "{\"method\":\"aes-128-gcm\"}"),
            node(102, 0, "2022 cipher on plain ss", 0, "{\"method\":\"2022-blake3-aes-128-gcm\"}"),
            node(103, 0, "reality without key", Node.SORT_VMESS, "{\"enable_vless\":\"1\",\"security\":\"reality\"}"),
            node(104, 0, "reality short key", Node.SORT_VMESS,
                    "{\"enable_vless\":\"1\",\"security\":\"reality\",\"pbk\":\"abc\"}"),
            node(105, 0, "reality odd sid", Node.SORT_VMESS,
                    "{\"enable_vless\":\"1\",\"security\":\"reality\",\"pbk\":\"" + PBK + "\",\"sid\":\"123\"}"),
            node(106, 0, "vmess over reality", Node.SORT_VMESS,
                    "{\"security\":\"reality\",\"pbk\":\"" + PBK + "\"}"),
            node(107, 0, "port zero", 0, "{\"offset_port_node\":\"0\"}"),
            node(108, 0, "port text", 0, "{\"offset_port_user\":\"443a\"}"),
            node(109, 0, "port too big", 0, "{\"offset_port_user\":70000}"),
            node(110, 0, "kcp", Node.SORT_VMESS, "{\"network\":\"kcp\"}"),
            node(111, 0, "grpc without service", Node.SORT_VMESS, "{\"network\":\"grpc\"}"),
            node(112, 0, "tuic", Node.SORT_TUIC, "{}"),
            node(113, 0, "legacy server string", "hk.example.com;443;0;tls;ws;path=/x", Node.SORT_VMESS, "{}"),
            node(114, 0, "trojan without tls", Node.SORT_TROJAN, "{\"security\":\"none\"}"),
            node(115, 0, "http header", Node.SORT_VMESS, "{\"header\":{\"type\":\"http\"}}"),
            node(116, 0, "unknown security", Node.SORT_VMESS, "{\"security\":\"quic\"}"),
            node(117, 0, "reality private key too short", Node.SORT_VMESS,
                    "{\"enable_vless\":\"1\",\"security\":\"reality\",\"reality-opts\":{\"private_key\":\"k\"}}"));

    private final Logger logger = (Logger) LoggerFactory.getLogger(ProfileNodes.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void listen() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void stop() {
        logger.detachAppender(appender);
    }

    @ParameterizedTest
    @EnumSource(SubscriptionFormat.class)
    void broken_nodes_are_left_out_of_every_format(SubscriptionFormat format) {
        Node good = node(1, 0, "good", 0, "{}");
        List<Node> nodes = new java.util.ArrayList<>(BROKEN);
        nodes.add(good);

        assertThat(ProfileParsers.names(format, Profiles.render(format, "t", nodes, USER))).containsExactly("good");
        BROKEN.forEach(node -> assertThat(NodeConnection.of(node, USER)).as(node.name()).isEmpty());
    }

    @Test
    void each_broken_node_is_logged_once_however_often_it_is_rendered() {
        Node broken = node(190, 0, "logged", Node.SORT_SS2022, "{\"method\":\"aes-256-gcm\"}");
        for (SubscriptionFormat format : SubscriptionFormat.values()) {
            Profiles.render(format, "t", List.of(broken), USER);
            NodeConnection.of(broken, USER);
        }

        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(message -> message.startsWith("node 190 "))
                .containsExactly("node 190 is left out of subscriptions: "
                        + "Shadowsocks-2022 node with the non-2022 cipher aes-256-gcm");
    }

    @Test
    void a_reality_node_stored_without_its_public_key_is_served_with_the_one_of_its_private_key() {
        Node stored = node(120, 0, "reality private only", Node.SORT_VMESS, "{\"enable_vless\":\"1\",\"security\":\"reality\","
                + "\"reality-opts\":{\"private_key\":\"dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo\"}}");

        assertThat(ProfileParsers.link(NodeConnection.of(stored, USER).orElseThrow().link()).query())
                .containsEntry("pbk", "hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo");
    }

    @Test
    void a_trojan_node_defaults_to_tls_and_a_vmess_node_to_none() {
        assertThat(NodeConnection.of(node(1, 0, "t", Node.SORT_TROJAN, "{}"), USER).orElseThrow().link())
                .contains("?security=tls&sni=hk1.example.com&");
        assertThat(ProfileParsers.link(NodeConnection.of(node(2, 0, "v", Node.SORT_VMESS, "{}"), USER).orElseThrow().link())
                .query()).containsEntry("tls", "");
    }
}
