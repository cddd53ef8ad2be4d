package spanel.application.node;

import spanel.application.node.port.in.VerifyNodeKey;

public final class VerifyNodeKeyService implements VerifyNodeKey {

    private final NodeGate gate;

    public VerifyNodeKeyService(NodeGate gate) {
        this.gate = gate;
    }

    @Override
    public void verify(String key) {
        gate.admitAnyNode(key);
    }
}
