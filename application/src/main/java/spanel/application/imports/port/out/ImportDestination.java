package spanel.application.imports.port.out;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import spanel.domain.user.Email;

/**
 * spanel's side of an import: what is already there, and the writes that bring rows over with their
 * source ids. Every row written is also marked imported under (source, kind, source id), in the same
 * transaction, so a second run finds it and brings nothing twice.
 */
public interface ImportDestination {

    /** What is taken in spanel, to keep ids, emails, ports, uuids and invite codes unique. */
    Occupied occupied();

    /** The source ids of one kind ("user", "node", "plan") imported from that source by earlier runs. */
    Set<String> imported(String source, String kind);

    void addUser(NewUser user);

    /** The user's old subscription token, kept as its SHA-256, answering until the user resets. */
    void keepSubscriptionToken(long userId, String tokenSha256, String source);

    /** Sets the inviter once both accounts are in; false when either is missing. */
    boolean linkInviter(long userId, long inviterId);

    void addNode(NewNode node);

    /** The (node type, id) a V2board node is configured with, pointing at its spanel node. */
    void keepNodeId(String nodeType, long legacyId, long nodeId);

    /** Adds a product; returns its id. */
    long addProduct(String name, long priceFen, String content, boolean enabled, Optional<Integer> stock);

    /** Keeps a paid order of the source as history; returns its id. Moves no money. */
    long keepPaidOrder(String source, NewPaidOrder order);

    void markImported(String source, String kind, String sourceId, long targetId);

    /** Moves the id sequences of users, nodes and products past the largest id, after explicit ids went in. */
    void moveIdsPastMaximum();

    /** Sums over the users imported from that source, as spanel holds them now. */
    Totals totals(String source);

    record Occupied(Set<Long> userIds, Set<String> emails, Set<Integer> ports, Set<String> uuids,
            Set<String> inviteCodes, Set<Long> nodeIds) {
    }

    record NewUser(long id, Email email, String passwordHash, long moneyFen, long u, long d, long transferEnable,
            long transferTotal, int userClass, Instant classExpire, Instant expireIn, int nodeGroup, int speedLimit,
            int ipLimit, String passwd, Optional<Integer> port, String method, String uuid, String inviteCode,
            boolean admin, boolean banned, Instant createdAt) {
    }

    record NewNode(long id, String name, String server, int sort, String customConfig, String method,
            Optional<String> serverKey, BigDecimal trafficRate, int nodeClass, int nodeGroup, int speedLimit,
            long bandwidth, long bandwidthLimit, boolean enabled) {
    }

    record NewPaidOrder(String sourceId, long userId, String kind, long amountFen, String gateway, String tradeNo,
            String description, Instant paidAt) {
    }

    /** Users, Σ balance in fen, Σ u, Σ d, Σ quota in bytes. */
    record Totals(long users, long balanceFen, long u, long d, long transferEnable) {
        public static final Totals NONE = new Totals(0, 0, 0, 0, 0);

        public Totals plus(long balance, long up, long down, long quota) {
            return new Totals(users + 1, Math.addExact(balanceFen, balance), Math.addExact(u, up), Math.addExact(d, down),
                    Math.addExact(transferEnable, quota));
        }
    }
}
