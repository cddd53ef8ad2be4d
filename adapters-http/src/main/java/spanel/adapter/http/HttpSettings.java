package spanel.adapter.http;

/** Where the API listens and how much it accepts. */
public record HttpSettings(String host, int port, long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 4L * 1024 * 1024;

    public HttpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }
}
