package spanel.adapter.http.node;

import java.util.Objects;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.application.node.port.in.ListDetectRules;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.in.ReportDetections;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.application.node.port.in.ReportOnline;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.in.ResolveNodeId;
import spanel.application.node.port.in.VerifyNodeKey;

/** The use cases behind the node APIs (/app/api/v0/node, /mod_mu and UniProxy). */
public record NodeUseCases(
        ListNodeUsers listNodeUsers,
        ReportTraffic reportTraffic,
        ReportOnline reportOnline,
        ReportHeartbeat reportHeartbeat,
        ReportAliveIps reportAliveIps,
        GetNodeInfo getNodeInfo,
        ListDetectRules listDetectRules,
        ReportDetections reportDetections,
        VerifyNodeKey verifyNodeKey,
        ResolveNodeId resolveNodeId) {

    public NodeUseCases {
        Objects.requireNonNull(listNodeUsers, "listNodeUsers");
        Objects.requireNonNull(reportTraffic, "reportTraffic");
        Objects.requireNonNull(reportOnline, "reportOnline");
        Objects.requireNonNull(reportHeartbeat, "reportHeartbeat");
        Objects.requireNonNull(reportAliveIps, "reportAliveIps");
        Objects.requireNonNull(getNodeInfo, "getNodeInfo");
        Objects.requireNonNull(listDetectRules, "listDetectRules");
        Objects.requireNonNull(reportDetections, "reportDetections");
        Objects.requireNonNull(verifyNodeKey, "verifyNodeKey");
        Objects.requireNonNull(resolveNodeId, "resolveNodeId");
    }
}
