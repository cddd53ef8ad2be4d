package spanel.adapter.payment.stripe;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_CURRENCY, STRIPE_API_URL (default the real API). */
public record StripeConfig(String secretKey, String webhookSecret, String currency, String apiUrl) {

    public static final String DEFAULT_API_URL = "https://api.stripe.com";

    public StripeConfig {
        Objects.requireNonNull(secretKey, "secretKey");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(apiUrl, "apiUrl");
        if (secretKey.isBlank() || webhookSecret.isBlank()) {
            throw new IllegalArgumentException("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must not be blank");
        }
        currency = currency.strip().toLowerCase(Locale.ROOT);
        if (!currency.matches("[a-z]{3}")) {
            throw new IllegalArgumentException("STRIPE_CURRENCY is a three-letter ISO code such as cny or usd");
        }
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new IllegalArgumentException("STRIPE_API_URL must start with http:// or https://");
        }
        apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    }

    /** Whether the secret key is a live one (sk_live_, rk_live_) or a test one; empty for a key of neither form. */
    public Optional<Boolean> liveMode() {
        if (secretKey.startsWith("sk_live_") || secretKey.startsWith("rk_live_")) {
            return Optional.of(true);
        }
        if (secretKey.startsWith("sk_test_") || secretKey.startsWith("rk_test_")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
