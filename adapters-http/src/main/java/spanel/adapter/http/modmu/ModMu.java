package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import spanel.adapter.http.support.Fields;
import spanel.domain.node.NodeId;
import spanel.domain.node.NodeRefusals;

/**
 * The SSPanel mod_mu wire shape XrayR and V2bX read: an integer {@code ret}, {@code data} on reads,
 * {@code msg} otherwise. The key comes only from the query ({@code muKey} is ignored).
 */
final class ModMu {

    /** {"ret":1,"data":...} */
    record Data(int ret, Object data) {
        static Data of(Object data) {
            return new Data(1, data);
        }
    }

    /** {"ret":1,"msg":"ok"} */
    record Message(int ret, String msg) {
        static final Message OK = new Message(1, "ok");
    }

    private ModMu() {
    }

    static String key(Context ctx) {
        return ctx.queryParam("key");
    }

    /** node_id from the query; without it SSPanel answers "Node not found.", and so do we. */
    static NodeId nodeId(Context ctx) {
        String text = ctx.queryParam("node_id");
        if (text == null || text.isBlank()) {
            throw NodeRefusals.notFound();
        }
        long id = Fields.positiveId("node_id", text);
        return Fields.checked("node_id", () -> NodeId.of(id));
    }

    /** The path id must be digits, as SSPanel's route pattern requires: anything else is no route (404). */
    static NodeId pathNodeId(Context ctx) {
        String text = ctx.pathParam("id");
        if (!Fields.isAsciiDigits(text)) {
            throw new NotFoundResponse();
        }
        long id = Fields.positiveId("id", text);
        return Fields.checked("id", () -> NodeId.of(id));
    }
}
