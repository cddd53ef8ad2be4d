package spanel.adapter.payment.epay;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** EPAY_URL (the platform base; submit.php is appended), EPAY_PID, EPAY_KEY, EPAY_TYPE (optional). */
public record EpayConfig(String baseUrl, String pid, String key, Optional<String> type) {

    public EpayConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("EPAY_URL is not a URL: " + baseUrl);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("EPAY_URL must start with http:// or https://");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (pid.isBlank() || key.isBlank()) {
            throw new IllegalArgumentException("EPAY_PID and EPAY_KEY must not be blank");
        }
        if (type.isPresent() && !type.get().matches("[a-z0-9]{1,16}")) {
            throw new IllegalArgumentException("EPAY_TYPE is a channel name such as alipay, wxpay or qqpay");
        }
    }

    /**
     * Whether the merchant key may travel in a query's URL: over https, or over http only to this
     * machine (a local proxy, a test's stand-in).
     */
    public boolean mayCarryTheKey() {
        URI uri = URI.create(baseUrl);
        if ("https".equals(uri.getScheme())) {
            return true;
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        return host.equals("localhost") || host.equals("[::1]") || host.equals("::1") || host.startsWith("127.");
    }
}
