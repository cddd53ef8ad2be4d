package spanel.application.node;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import spanel.application.node.port.in.ListNodeUsers.Served;
import spanel.domain.node.Node;

/**
 * The version of a node's user list, built without listing: what is served, the node's settings
 * the list depends on, and the users' list generation; then, once listed, the first instant time
 * alone would change the list. {@code d.<node>.<generation>.<until ms or ->}. Any instance on the
 * same database computes the same version, before and after a restart.
 */
record ListVersion(String stem) {

    static ListVersion of(Served served, Node node, long generation) {
        // "u": a credentials list carries a Shadowsocks user's credential in the uuid field; a list
        // held under the letter "c" carried the uuid itself there, and is fetched again.
        String kind = served == Served.CREDENTIALS ? "u" : "d";
        return new ListVersion(kind + "." + fingerprint(node) + "." + generation + ".");
    }

    /** The full version of a list built now, valid until {@code changesAt} if time would change it. */
    String until(Optional<Instant> changesAt) {
        return stem + changesAt.map(at -> Long.toString(at.toEpochMilli())).orElse("-");
    }

    /** Whether a version the node holds is this one and time has not yet changed it. */
    boolean isHeldIn(String known, Instant now) {
        if (!known.startsWith(stem)) {
            return false;
        }
        String until = known.substring(stem.length());
        if (until.equals("-")) {
            return true;
        }
        try {
            // The version keeps whole milliseconds, rounded down: it lapses early, never late.
            return now.isBefore(Instant.ofEpochMilli(Long.parseLong(until)));
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    /** The node's settings a list shows or is chosen by; not its counters, which move with traffic. */
    private static String fingerprint(Node node) {
        String settings = String.join("\n", node.id().toString(), Integer.toString(node.sort()),
                String.valueOf(node.method()), Integer.toString(node.nodeClass()), Integer.toString(node.nodeGroup()),
                Integer.toString(node.speedLimit()), Boolean.toString(node.isOverBandwidth()),
                node.serverKey().orElse(""), String.valueOf(node.customConfig()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(settings.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(Arrays.copyOf(digest, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
