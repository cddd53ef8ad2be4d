package spanel.adapter.http;

import java.util.Objects;
import spanel.adapter.http.support.TrustedProxies;
import spanel.application.node.port.in.IngestSettings;

/**
 * Where the API listens, how much it accepts, which proxies' X-Forwarded-For it believes, and how
 * node traffic reports are let in ({@code ingest}: how many at once, how many wait in line and how
 * long, and the Retry-After of those refused; see {@code Admission}).
 */
public record HttpSettings(String host, int port, long maxBodyBytes, int nodeReportMax, TrustedProxies trustedProxies,
        IngestSettings ingest) {

    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_NODE_REPORT_MAX = 10_000;

    /** With the ingest of a panel whose database pool has 16 connections: 4 reports at once. */
    public HttpSettings(String host, int port, long maxBodyBytes, int nodeReportMax, TrustedProxies trustedProxies) {
        this(host, port, maxBodyBytes, nodeReportMax, trustedProxies, IngestSettings.forDatabasePool(16));
    }

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(ingest, "ingest");
        if (maxBodyBytes <= 0 || nodeReportMax <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
