package spanel.adapter.http.portal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the portal shows of the panel itself: its name, logo and support link (SITE_NAME,
 * SITE_LOGO_URL, SUPPORT_URL), the currency amounts are in, the time zone days are counted in, and
 * the payment gateways that are configured. The logo must be on the panel's own origin or a data
 * URI, so the page's Content-Security-Policy never has to name another origin; the support link
 * must be a web or mail address, so it can never run script when clicked.
 */
public record PortalSite(String name, Optional<String> logoUrl, Optional<String> supportUrl, String currency,
        String timezone, List<String> gateways) {

    public static final String DEFAULT_NAME = "spanel";
    static final int MAX_NAME_LENGTH = 64;

    public PortalSite {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("SITE_NAME must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        logoUrl = Objects.requireNonNull(logoUrl, "logoUrl").map(String::strip).filter(url -> !url.isEmpty());
        logoUrl.ifPresent(PortalSite::requireOwnOrigin);
        supportUrl = Objects.requireNonNull(supportUrl, "supportUrl").map(String::strip).filter(url -> !url.isEmpty());
        supportUrl.ifPresent(PortalSite::requireWebOrMail);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timezone, "timezone");
        gateways = List.copyOf(gateways);
    }

    /** A path on this origin ("/logo.png", not "//host/...") or an image data URI. */
    private static void requireOwnOrigin(String url) {
        boolean path = url.startsWith("/") && !url.startsWith("//") && !url.contains("\\");
        boolean data = url.toLowerCase(Locale.ROOT).startsWith("data:image/");
        if (!path && !data) {
            throw new IllegalArgumentException("SITE_LOGO_URL must be a path on this site (/logo.png) or a data:image/ URI");
        }
    }

    private static void requireWebOrMail(String url) {
        String scheme;
        try {
            scheme = Optional.ofNullable(new URI(url).getScheme()).orElse("").toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("SUPPORT_URL is not a valid URL: " + e.getMessage());
        }
        if (!List.of("https", "http", "mailto").contains(scheme)) {
            throw new IllegalArgumentException("SUPPORT_URL must start with https://, http:// or mailto:");
        }
    }
}
