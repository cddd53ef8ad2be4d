package spanel.bootstrap.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import spanel.adapter.payment.PaymentAdapters;
import spanel.adapter.payment.alipay.AlipayConfig;
import spanel.adapter.payment.epay.EpayConfig;
import spanel.adapter.payment.stripe.StripeConfig;
import spanel.domain.money.Money;
import spanel.domain.payment.CommissionRate;

/**
 * Payments (docs/CONFIGURATION.md): a gateway is enabled when all its variables
 * are set; some but not all of them, an unreadable key or a bad value refuses start-up.
 */
public record PaymentSettings(
        String publicUrl,
        CommissionRate commissionRate,
        Duration orderTtl,
        Money maxTopUp,
        Optional<EpayConfig> epay,
        Optional<AlipayConfig> alipay,
        Optional<StripeConfig> stripe,
        Money commissionWithdrawMin) {

    static final long DEFAULT_ORDER_TTL_SECONDS = 7_200;

    public PaymentSettings {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(commissionRate, "commissionRate");
        Objects.requireNonNull(orderTtl, "orderTtl");
        Objects.requireNonNull(maxTopUp, "maxTopUp");
        Objects.requireNonNull(epay, "epay");
        Objects.requireNonNull(alipay, "alipay");
        Objects.requireNonNull(stripe, "stripe");
        Objects.requireNonNull(commissionWithdrawMin, "commissionWithdrawMin");
    }

    static final String DEFAULT_PUBLIC_URL = "http://localhost:8000";

    static PaymentSettings from(Environment env, long orderTtlSeconds) {
        String publicUrl = env.get("PUBLIC_URL").map(String::strip).orElse(DEFAULT_PUBLIC_URL);
        if (!publicUrl.startsWith("http://") && !publicUrl.startsWith("https://")) {
            throw new StartupRefusal("PUBLIC_URL must start with http:// or https:// (got '" + publicUrl + "')");
        }
        CommissionRate rate = env.get("COMMISSION_RATE").map(text -> read("COMMISSION_RATE", () -> CommissionRate.parse(text)))
                .orElse(CommissionRate.NONE);
        String mode = env.get("COMMISSION_MODE").map(String::strip).orElse("every");
        switch (mode) {
            case "every" -> { }
            case "first" -> rate = rate.onFirstOrderOnly();
            default -> throw new StartupRefusal("COMMISSION_MODE must be every or first (got '" + mode + "')");
        }
        Money withdrawMin = env.get("COMMISSION_WITHDRAW_MIN")
                .map(text -> read("COMMISSION_WITHDRAW_MIN", () -> Money.parse(text.strip()))).orElse(Money.ZERO);
        Money max = env.get("TOPUP_MAX").map(text -> read("TOPUP_MAX", () -> Money.parse(text)))
                .orElse(Money.ofFen(1_000_000));
        if (max.isZero()) {
            throw new StartupRefusal("TOPUP_MAX must be more than 0");
        }
        PaymentSettings settings = new PaymentSettings(publicUrl, rate, Duration.ofSeconds(orderTtlSeconds), max,
                epay(env), alipay(env), stripe(env), withdrawMin);
        settings.checkNamedGateways(env);
        if (!settings.enabled().isEmpty() && publicUrl.replaceFirst("/+$", "").equals(DEFAULT_PUBLIC_URL)) {
            throw new StartupRefusal("PUBLIC_URL is left at " + DEFAULT_PUBLIC_URL + " while " + String.join(", ", settings.enabled())
                    + " is enabled: gateways would be told to notify localhost. Set PUBLIC_URL to the address they can reach");
        }
        return settings;
    }

    /**
     * The currency (ISO 4217) the panel's amounts are in: Stripe's when it is configured (its amounts
     * are charged in it), else CNY, the only one EPay and Alipay take.
     */
    public String currency() {
        return stripe.map(config -> config.currency().toUpperCase(Locale.ROOT)).orElse("CNY");
    }

    public List<String> enabled() {
        List<String> names = new ArrayList<>();
        epay.ifPresent(c -> names.add("epay"));
        alipay.ifPresent(c -> names.add("alipay"));
        stripe.ifPresent(c -> names.add("stripe"));
        return names;
    }

    /** PAYMENT_GATEWAYS, when set, names the gateways the operator means to offer: each must be known and configured. */
    private void checkNamedGateways(Environment env) {
        Optional<String> named = env.get("PAYMENT_GATEWAYS");
        if (named.isEmpty() || named.get().isBlank()) {
            return;
        }
        for (String name : named.get().split(",")) {
            String gateway = name.strip();
            if (!PaymentAdapters.KNOWN.contains(gateway)) {
                throw new StartupRefusal("PAYMENT_GATEWAYS names an unknown gateway '" + gateway + "' (known: "
                        + String.join(", ", PaymentAdapters.KNOWN) + ")");
            }
            if (!enabled().contains(gateway)) {
                throw new StartupRefusal("PAYMENT_GATEWAYS names " + gateway + ", whose variables are not set");
            }
        }
    }

    private static Optional<EpayConfig> epay(Environment env) {
        return gateway(env, "epay", List.of("EPAY_URL", "EPAY_PID", "EPAY_KEY"), List.of("EPAY_TYPE"),
                () -> new EpayConfig(env.get("EPAY_URL").orElseThrow(), env.get("EPAY_PID").orElseThrow(),
                        env.get("EPAY_KEY").orElseThrow(), env.get("EPAY_TYPE").filter(t -> !t.isBlank())));
    }

    private static Optional<AlipayConfig> alipay(Environment env) {
        Environment aliased = env.withAliases(Map.of("ALIPAY_APP_ID", "ALIPAY_ID", "ALIPAY_PUBLIC_KEY", "ALIPAY_KEY"));
        return gateway(aliased, "alipay", List.of("ALIPAY_APP_ID", "ALIPAY_PRIVATE_KEY", "ALIPAY_PUBLIC_KEY"),
                List.of("ALIPAY_GATEWAY_URL"),
                () -> AlipayConfig.of(aliased.get("ALIPAY_APP_ID").orElseThrow(), aliased.get("ALIPAY_PRIVATE_KEY").orElseThrow(),
                        aliased.get("ALIPAY_PUBLIC_KEY").orElseThrow(),
                        aliased.get("ALIPAY_GATEWAY_URL").orElse(AlipayConfig.DEFAULT_GATEWAY_URL)));
    }

    private static Optional<StripeConfig> stripe(Environment env) {
        return gateway(env, "stripe", List.of("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_CURRENCY"),
                List.of("STRIPE_API_URL"),
                () -> new StripeConfig(env.get("STRIPE_SECRET_KEY").orElseThrow(), env.get("STRIPE_WEBHOOK_SECRET").orElseThrow(),
                        env.get("STRIPE_CURRENCY").orElseThrow(), env.get("STRIPE_API_URL").orElse(StripeConfig.DEFAULT_API_URL)));
    }

    /** Enabled when every required variable is set; none set: disabled; some: refused, naming the missing ones. */
    private static <T> Optional<T> gateway(Environment env, String name, List<String> required, List<String> optional,
            Supplier<T> build) {
        List<String> missing = required.stream().filter(v -> env.get(v).filter(s -> !s.isBlank()).isEmpty()).toList();
        boolean anySet = required.stream().anyMatch(v -> env.get(v).isPresent())
                || optional.stream().anyMatch(v -> env.get(v).isPresent());
        if (missing.size() == required.size() && !anySet) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new StartupRefusal(name + " is half configured: set " + String.join(", ", missing)
                    + " too, or unset its other variables");
        }
        return Optional.of(read(name, build));
    }

    private static <T> T read(String what, Supplier<T> value) {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal(what + ": " + e.getMessage());
        }
    }
}
