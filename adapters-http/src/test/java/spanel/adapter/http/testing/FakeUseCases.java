package spanel.adapter.http.testing;

import spanel.adapter.http.HttpApi;
import spanel.adapter.http.node.NodeUseCases;
import spanel.application.health.port.in.CheckHealth;
import spanel.application.health.port.in.Health;
import spanel.application.node.port.in.GetNodeInfo;
import spanel.application.node.port.in.ListDetectRules;
import spanel.application.node.port.in.ListNodeUsers;
import spanel.application.node.port.in.ReportAliveIps;
import spanel.application.node.port.in.ReportDetections;
import spanel.application.node.port.in.ReportHeartbeat;
import spanel.application.node.port.in.ReportOnline;
import spanel.application.node.port.in.ReportTraffic;
import spanel.application.node.port.in.VerifyNodeKey;
import spanel.domain.health.DependencyState;

/** Use cases for HTTP tests: the ones a test sets, and for the rest ones that fail the test if called. */
public final class FakeUseCases {

    private CheckHealth checkHealth = () -> new Health(DependencyState.UP, DependencyState.UP);
    private ListNodeUsers listNodeUsers = q -> unexpected("ListNodeUsers");
    private ReportTraffic reportTraffic = c -> unexpected("ReportTraffic");
    private ReportOnline reportOnline = c -> unexpected("ReportOnline");
    private ReportHeartbeat reportHeartbeat = c -> unexpected("ReportHeartbeat");
    private ReportAliveIps reportAliveIps = c -> unexpected("ReportAliveIps");
    private GetNodeInfo getNodeInfo = (n, k) -> unexpected("GetNodeInfo");
    private ListDetectRules listDetectRules = k -> unexpected("ListDetectRules");
    private ReportDetections reportDetections = c -> unexpected("ReportDetections");
    private VerifyNodeKey verifyNodeKey = k -> unexpected("VerifyNodeKey");

    private static <T> T unexpected(String useCase) {
        throw new AssertionError(useCase + " was called, but this test does not expect it");
    }

    public FakeUseCases checkHealth(CheckHealth value) {
        checkHealth = value;
        return this;
    }

    public FakeUseCases listNodeUsers(ListNodeUsers value) {
        listNodeUsers = value;
        return this;
    }

    public FakeUseCases reportTraffic(ReportTraffic value) {
        reportTraffic = value;
        return this;
    }

    public FakeUseCases reportOnline(ReportOnline value) {
        reportOnline = value;
        return this;
    }

    public FakeUseCases reportAliveIps(ReportAliveIps value) {
        reportAliveIps = value;
        return this;
    }

    public FakeUseCases getNodeInfo(GetNodeInfo value) {
        getNodeInfo = value;
        return this;
    }

    public FakeUseCases listDetectRules(ListDetectRules value) {
        listDetectRules = value;
        return this;
    }

    public HttpApi.UseCases build() {
        return new HttpApi.UseCases(checkHealth, new NodeUseCases(listNodeUsers, reportTraffic, reportOnline,
                reportHeartbeat, reportAliveIps, getNodeInfo, listDetectRules, reportDetections, verifyNodeKey));
    }
}
