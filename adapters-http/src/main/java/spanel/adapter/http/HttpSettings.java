package spanel.adapter.http;

import java.time.Duration;
import java.util.Objects;
import spanel.adapter.http.support.TrustedProxies;
import spanel.application.node.port.in.IngestSettings;

/**
 * Where the API listens, how much it accepts, which proxies' X-Forwarded-For it believes, how
 * node traffic reports are let in ({@code ingest}: how many at once, how many wait in line and how
 * long, and the Retry-After of those refused; see {@code Admission}), how long a request head may
 * take to arrive ({@code headDeadline}), and by which network per-address limits count IPv6
 * clients ({@code ipv6LimitPrefix} bits).
 */
public record HttpSettings(String host, int port, long maxBodyBytes, int nodeReportMax, TrustedProxies trustedProxies,
        IngestSettings ingest, Duration headDeadline, int ipv6LimitPrefix) {

    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_NODE_REPORT_MAX = 10_000;
    /** Browsers, apps and node backends send a head in one packet; ten seconds is slack for the slowest link. */
    public static final Duration DEFAULT_HEAD_DEADLINE = Duration.ofSeconds(10);
    /** An IPv6 host is handed a /64: per-address limits count its clients by that network. */
    public static final int DEFAULT_IPV6_LIMIT_PREFIX = 64;

    /** With the ingest of a panel whose database pool has 16 connections: 4 reports at once. */
    public HttpSettings(String host, int port, long maxBodyBytes, int nodeReportMax, TrustedProxies trustedProxies) {
        this(host, port, maxBodyBytes, nodeReportMax, trustedProxies, IngestSettings.forDatabasePool(16));
    }

    public HttpSettings(String host, int port, long maxBodyBytes, int nodeReportMax, TrustedProxies trustedProxies,
            IngestSettings ingest) {
        this(host, port, maxBodyBytes, nodeReportMax, trustedProxies, ingest, DEFAULT_HEAD_DEADLINE,
                DEFAULT_IPV6_LIMIT_PREFIX);
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
        if (headDeadline.isNegative() || headDeadline.isZero()) {
            throw new IllegalArgumentException("the request head deadline must be positive");
        }
        if (ipv6LimitPrefix < 1 || ipv6LimitPrefix > 128) {
            throw new IllegalArgumentException("the IPv6 limit prefix must be 1 to 128: " + ipv6LimitPrefix);
        }
    }

    public HttpSettings withHeadDeadline(Duration deadline) {
        return new HttpSettings(host, port, maxBodyBytes, nodeReportMax, trustedProxies, ingest, deadline, ipv6LimitPrefix);
    }

    public HttpSettings withIpv6LimitPrefix(int prefix) {
        return new HttpSettings(host, port, maxBodyBytes, nodeReportMax, trustedProxies, ingest, headDeadline, prefix);
    }
}
