package spanel.application.node.port.out;

import java.time.Instant;

/** Nodes that stopped calling in. */
public interface NodeSilence {

    /**
     * Marks down (since {@code at}, counting it) every enabled node up until now and not heard from
     * since {@code heardBefore} (never heard from: created before it), and marks up again every
     * node down that has called in since.
     */
    Changes mark(Instant heardBefore, Instant at);

    record Changes(int down, int back) {
    }
}
