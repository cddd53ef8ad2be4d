package spanel.adapter.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * SMTP_URL: {@code smtp://[user:password@]host[:port][?starttls=required]} or
 * {@code smtps://[user:password@]host[:port]}. {@code smtp} (port 587 unless given) upgrades to TLS
 * with STARTTLS when the server offers it, and insists on it with {@code ?starttls=required};
 * {@code smtps} (port 465 unless given) speaks TLS from the first byte. User and password are
 * percent-encoded ({@code @} is {@code %40}). Never printed with its password.
 */
public record SmtpUrl(Security security, String host, int port, Optional<String> user, Optional<String> password) {

    /** How the connection is protected. */
    public enum Security {
        /** Plain SMTP, upgraded with STARTTLS when the server offers it. */
        STARTTLS_WHEN_OFFERED,
        /** Plain SMTP that must be upgraded with STARTTLS, or no mail is sent. */
        STARTTLS_REQUIRED,
        /** TLS from the start (smtps). */
        IMPLICIT_TLS
    }

    public SmtpUrl {
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP_URL needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP_URL port must be from 1 to 65535");
        }
    }

    public static SmtpUrl parse(String text) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(text, "text").strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("SMTP_URL is not a URL (" + e.getReason() + "); expected " + FORM);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Security security = switch (scheme) {
            case "smtp" -> switch (query) {
                case "" -> Security.STARTTLS_WHEN_OFFERED;
                case "starttls=required" -> Security.STARTTLS_REQUIRED;
                default -> throw new IllegalArgumentException("SMTP_URL knows only the option ?starttls=required (got ?" + query + ")");
            };
            case "smtps" -> {
                if (!query.isEmpty()) {
                    throw new IllegalArgumentException("SMTP_URL with smtps takes no options (got ?" + query + ")");
                }
                yield Security.IMPLICIT_TLS;
            }
            default -> throw new IllegalArgumentException("SMTP_URL must start with smtp:// or smtps://; expected " + FORM);
        };
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("SMTP_URL needs a host; expected " + FORM);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            throw new IllegalArgumentException("SMTP_URL takes no path; expected " + FORM);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : security == Security.IMPLICIT_TLS ? 465 : 587;
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = Optional.of(decode(parts[0]));
            password = parts.length == 2 ? Optional.of(decode(parts[1])) : Optional.empty();
        }
        return new SmtpUrl(security, uri.getHost(), port, user, password);
    }

    private static final String FORM = "smtp://user:password@host:587 or smtps://user:password@host:465";

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return (security == Security.IMPLICIT_TLS ? "smtps://" : "smtp://") + user.map(u -> u + ":***@").orElse("")
                + host + ":" + port + (security == Security.STARTTLS_REQUIRED ? "?starttls=required" : "");
    }
}
