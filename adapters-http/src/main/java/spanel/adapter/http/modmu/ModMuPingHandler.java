package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.application.node.port.in.VerifyNodeKey;

/** GET /mod_mu/func/ping: a node checks that the panel answers and takes its key. */
public final class ModMuPingHandler implements Handler {

    private final VerifyNodeKey verifyNodeKey;

    public ModMuPingHandler(VerifyNodeKey verifyNodeKey) {
        this.verifyNodeKey = verifyNodeKey;
    }

    @Override
    public void handle(Context ctx) {
        verifyNodeKey.verify(ModMu.key(ctx));
        ctx.json(new ModMu.Message(1, "Pong? Pong!"));
    }
}
