package spanel.adapter.http.modmu;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import spanel.adapter.http.node.CustomConfig;
import spanel.adapter.http.support.CachedJson;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.domain.node.Node;

/**
 * GET /mod_mu/nodes/{id}/info. The version is at least 2023.2, so XrayR reads custom_config and
 * does not send the legacy status POST.
 */
public final class ModMuNodeInfoHandler implements Handler {

    static final String VERSION = "2025.1.0";

    record NodeInfo(int nodeSpeedlimit, int sort, String server, Object customConfig, String type, String version) {
    }

    private final GetNodeInfo getNodeInfo;
    private final String siteName;

    public ModMuNodeInfoHandler(GetNodeInfo getNodeInfo, String siteName) {
        this.getNodeInfo = getNodeInfo;
        this.siteName = siteName;
    }

    @Override
    public void handle(Context ctx) {
        Node node = getNodeInfo.info(ModMu.pathNodeId(ctx), ModMu.key(ctx)).node();
        CachedJson.send(ctx, ModMu.Data.of(new NodeInfo(node.speedLimit(), node.sort(), node.server(),
                CustomConfig.served(node), siteName, VERSION)));
    }
}
