package spanel.domain.node;

import spanel.domain.error.Refusal;

/** Why a node's request is turned away. */
public final class NodeRefusals {

    private NodeRefusals() {
    }

    public static Refusal badKey() {
        return new Refusal(Refusal.Kind.UNAUTHORIZED, "unauthorized", "Invalid request.");
    }

    public static Refusal notFound() {
        return new Refusal(Refusal.Kind.NOT_FOUND, "not_found", "Node not found.");
    }

    public static Refusal disabled() {
        return new Refusal(Refusal.Kind.FORBIDDEN, "forbidden", "Node is not enabled.");
    }
}
