package spanel.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where notices go and how they read: TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL (the Bot API),
 * NOTIFY_WEBHOOK_URL with NOTIFY_WEBHOOK_SECRET (the signed webhook), EXPIRY_NOTICE_DAYS (how long
 * before a plan's end its users are told), NOTICE_TEMPLATES_DIR (the operator's own templates) and
 * NOTICE_RETENTION_DAYS (how long sent notices are kept).
 */
public record NoticeSettings(Optional<String> telegramBotToken, URI telegramApiUrl, Optional<URI> webhookUrl,
        Optional<String> webhookSecret, int expiryNoticeDays, Path templatesDir, int retentionDays) {

    public static final String DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org";
    public static final int DEFAULT_EXPIRY_NOTICE_DAYS = 3;
    public static final int DEFAULT_RETENTION_DAYS = 90;
    /** The shortest webhook secret taken: a signature is only as strong as its key. */
    public static final int MIN_SECRET_LENGTH = 16;

    public NoticeSettings {
        Objects.requireNonNull(telegramBotToken, "telegramBotToken");
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(templatesDir, "templatesDir");
    }

    public Duration expiryNotice() {
        return Duration.ofDays(expiryNoticeDays);
    }

    public Duration retention() {
        return Duration.ofDays(retentionDays);
    }

    static NoticeSettings from(Environment env, Path dataDir, int expiryNoticeDays, int retentionDays) {
        Optional<String> token = env.get("TELEGRAM_BOT_TOKEN").map(String::strip).filter(text -> !text.isEmpty());
        URI api = url(env, "TELEGRAM_API_URL").orElse(URI.create(DEFAULT_TELEGRAM_API_URL));
        Optional<URI> webhook = url(env, "NOTIFY_WEBHOOK_URL");
        Optional<String> secret = env.get("NOTIFY_WEBHOOK_SECRET").filter(text -> !text.isBlank());
        if (webhook.isPresent() && secret.isEmpty()) {
            throw new StartupRefusal("NOTIFY_WEBHOOK_URL needs NOTIFY_WEBHOOK_SECRET: the receiver checks each notice's signature with it");
        }
        if (secret.isPresent() && secret.get().length() < MIN_SECRET_LENGTH) {
            throw new StartupRefusal("NOTIFY_WEBHOOK_SECRET is shorter than " + MIN_SECRET_LENGTH + " characters: set a longer random secret");
        }
        Path templates = env.get("NOTICE_TEMPLATES_DIR").map(String::strip).filter(text -> !text.isEmpty())
                .map(text -> Path.of(text).toAbsolutePath().normalize())
                .orElse(dataDir.resolve("notices"));
        return new NoticeSettings(token, api, webhook, secret, expiryNoticeDays, templates, retentionDays);
    }

    /** An absolute http or https URL, or unset (blank); anything else refuses start-up. */
    static Optional<URI> url(Environment env, String name) {
        Optional<String> text = env.get(name).map(String::strip).filter(value -> !value.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // refused below, with the same words as any other unusable value
        }
        throw new StartupRefusal(name + " must be an http:// or https:// URL with a host (got '" + text.get() + "')");
    }

    @Override
    public String toString() {
        // Neither the token nor the URL (which may hold one) is printed.
        return "NoticeSettings[telegram=" + (telegramBotToken.isPresent() ? "on" : "off") + ", webhook="
                + (webhookUrl.isPresent() ? "on" : "off") + ", expiryNoticeDays=" + expiryNoticeDays
                + ", templatesDir=" + templatesDir + ", retentionDays=" + retentionDays + "]";
    }
}
