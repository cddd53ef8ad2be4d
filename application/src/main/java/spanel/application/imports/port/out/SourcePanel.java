package spanel.application.imports.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Another panel's installation, read once and read-only. Its adapter turns the panel's units and
 * formats into spanel's (fen, bytes, UTC instants, stored password forms); what it cannot turn,
 * it marks refused with the reason. A source that cannot be read at all (no connection, missing
 * tables, a schema it does not know) is a {@code Refusal} with one line saying why.
 */
public interface SourcePanel {

    /** "sspanel" or "v2board": the tag of the ledger rows and of what was imported. */
    String name();

    Installation read();

    record Installation(List<User> users, List<Node> nodes, List<Plan> plans, List<PaidOrder> orders,
            List<String> notices) {
        public Installation {
            users = List.copyOf(users);
            nodes = List.copyOf(nodes);
            plans = List.copyOf(plans);
            orders = List.copyOf(orders);
            notices = List.copyOf(notices);
        }
    }

    /**
     * A user as spanel would keep it. {@code balanceFen} may be negative (a debt spanel cannot store);
     * {@code port} 0 means none; {@code passwordHash} is the stored form spanel verifies.
     */
    record User(long id, String email, Optional<String> passwordHash, long balanceFen, String balanceNote, long u, long d,
            long transferEnable, long transferTotal, int userClass, Instant classExpire, Instant expireIn, int nodeGroup,
            int speedLimit, int ipLimit, String passwd, int port, String method, String uuid, Optional<String> inviteCode,
            Optional<Long> inviterId, boolean admin, boolean banned, Instant createdAt,
            Optional<String> subscriptionToken, Optional<String> refused, List<String> notices) {
        public User {
            notices = List.copyOf(notices);
        }
    }

    /**
     * A node; {@code kind} is the source's node type ("node" for SSPanel, "vmess", "trojan", ... for V2board).
     * {@code configuredId} is the id its backends are configured with under that type, when spanel must
     * find it by (type, id): V2board's per-table id, Xboard's {@code code}.
     */
    record Node(String kind, long sourceId, Optional<Long> configuredId, String name, String server, int sort, String customConfig, String method,
            Optional<String> serverKey, BigDecimal trafficRate, int nodeClass, int nodeGroup, int speedLimit,
            long bandwidth, long bandwidthLimit, boolean enabled, Optional<String> refused, List<String> notices) {
        public Node {
            notices = List.copyOf(notices);
        }

        public String key() {
            return kind + ":" + sourceId;
        }
    }

    /**
     * A paid order or top-up of the source, history only: {@code kind} "plan" or "topup", the amount
     * in fen, the source's payment method, its trade number (what a gateway would notify under) and
     * when it was paid. {@code sourceId} is unique within the source ("order:12", "paylist:7").
     */
    record PaidOrder(String sourceId, long userId, String kind, long amountFen, String gateway, String tradeNo,
            String description, Instant paidAt) {
    }

    /** A plan as a spanel product; {@code content} is spanel's product content JSON. */
    record Plan(String sourceId, String name, long priceFen, String content, boolean enabled, Optional<Integer> stock,
            Optional<String> refused, List<String> notices) {
        public Plan {
            notices = List.copyOf(notices);
        }
    }
}
