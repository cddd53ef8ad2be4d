package spanel.adapter.http.subscription;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import spanel.domain.node.Node;

/** Placeholder: only VMess share links, in the base64 list, until the format renderers land. */
public final class Profiles {

    private Profiles() {
    }

    public static RenderedProfile render(SubscriptionFormat format, String title, List<Node> nodes, SubscriptionUser user) {
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> shareLink(node, user).ifPresent(link -> text.append(link).append('\n')));
        byte[] body = text.isEmpty() ? new byte[0]
                : Base64.getEncoder().encode(text.toString().getBytes(StandardCharsets.UTF_8));
        return new RenderedProfile(body, "text/plain; charset=utf-8", "txt");
    }

    public static Optional<String> shareLink(Node node, SubscriptionUser user) {
        if (node.sort() != Node.SORT_VMESS) {
            return Optional.empty();
        }
        String json = "{\"v\":\"2\",\"ps\":\"" + node.id() + "\",\"add\":\"" + node.server() + "\",\"port\":\"443\",\"id\":\""
                + user.uuid() + "\",\"aid\":\"0\",\"net\":\"tcp\",\"type\":\"none\",\"tls\":\"\"}";
        return Optional.of("vmess://" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }
}
