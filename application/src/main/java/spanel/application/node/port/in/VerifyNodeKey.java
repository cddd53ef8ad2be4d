package spanel.application.node.port.in;

/** Whether a key belongs to the panel's nodes at all: the shared key or any node's own. */
public interface VerifyNodeKey {

    /** Returns normally for a valid key; refuses with unauthorized otherwise. */
    void verify(String key);
}
