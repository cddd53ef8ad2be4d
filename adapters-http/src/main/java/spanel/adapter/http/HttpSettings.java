package spanel.adapter.http;

/** Where the API listens and how much it accepts. */
public record HttpSettings(String host, int port, long maxBodyBytes, int nodeReportMax) {

    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;
    public static final int DEFAULT_NODE_REPORT_MAX = 10_000;

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0 || nodeReportMax <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
