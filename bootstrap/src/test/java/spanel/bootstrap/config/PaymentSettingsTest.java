package spanel.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import spanel.domain.money.Money;

class PaymentSettingsTest {

    private static Settings settings(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("MU_KEY", "a-key-that-is-long-enough"));
        env.putAll(extra);
        return Settings.from(Environment.of(env));
    }

    @Test
    void defaults() {
        PaymentSettings payments = settings(Map.of()).payments();

        assertThat(payments.publicUrl()).isEqualTo("http://localhost:8000");
        assertThat(payments.commissionRate().isZero()).isTrue();
        assertThat(payments.orderTtl()).isEqualTo(Duration.ofHours(2));
        assertThat(payments.maxTopUp()).isEqualTo(Money.parse("10000.00"));
        assertThat(payments.enabled()).isEmpty();
    }

    @Test
    void aGatewayIsEnabledByItsVariablesAndAliasesCount() {
        var payments = settings(Map.of("EPAY_URL", "https://pay.example.com", "EPAY_PID", "1", "EPAY_KEY", "k",
                "STRIPE_SECRET_KEY", "sk", "STRIPE_WEBHOOK_SECRET", "whsec", "STRIPE_CURRENCY", "USD",
                "ORDER_TTL", "600", "TOPUP_MAX", "50", "PUBLIC_URL", "https://panel.example.com")).payments();

        assertThat(payments.enabled()).containsExactly("epay", "stripe");
        assertThat(payments.stripe().orElseThrow().currency()).isEqualTo("usd");
        assertThat(payments.orderTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(payments.maxTopUp()).isEqualTo(Money.ofFen(5000));
    }

    @Test
    void badPaymentSettingsRefuseStartUpNamingTheProblem() {
        assertThatThrownBy(() -> settings(Map.of("EPAY_URL", "https://pay.example.com", "EPAY_PID", "1")))
                .isInstanceOf(StartupRefusal.class).hasMessage("epay is half configured: set EPAY_KEY too, or unset its other variables");
        assertThatThrownBy(() -> settings(Map.of("ALIPAY_ID", "2021", "ALIPAY_PRIVATE_KEY", "nope", "ALIPAY_KEY", "nope")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("ALIPAY_PRIVATE_KEY");
        assertThatThrownBy(() -> settings(Map.of("COMMISSION_RATE", "1.5")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("COMMISSION_RATE");
        assertThatThrownBy(() -> settings(Map.of("COMMISSION_RATE", "abc")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("COMMISSION_RATE");
        assertThatThrownBy(() -> settings(Map.of("PAYMENT_GATEWAYS", "paypal")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("unknown gateway 'paypal'");
        assertThatThrownBy(() -> settings(Map.of("PAYMENT_GATEWAYS", "epay")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("not set");
        assertThatThrownBy(() -> settings(Map.of("ORDER_TTL", "5"))).isInstanceOf(StartupRefusal.class).hasMessageContaining("ORDER_TTL");
        assertThatThrownBy(() -> settings(Map.of("TOPUP_MAX", "1.234"))).isInstanceOf(StartupRefusal.class).hasMessageContaining("TOPUP_MAX");
        assertThatThrownBy(() -> settings(Map.of("STRIPE_SECRET_KEY", "sk", "STRIPE_WEBHOOK_SECRET", "w", "STRIPE_CURRENCY", "dollars")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("STRIPE_CURRENCY");
    }

    @Test
    void aGatewayWithPublicUrlLeftAtItsDefaultRefusesStartUpNamingPublicUrl() {
        Map<String, String> epay = Map.of("EPAY_URL", "https://pay.example.com", "EPAY_PID", "1", "EPAY_KEY", "k");
        Map<String, String> epayAndDefault = new java.util.HashMap<>(epay);
        epayAndDefault.put("PUBLIC_URL", "http://localhost:8000/");

        assertThatThrownBy(() -> settings(epay)).isInstanceOf(StartupRefusal.class).hasMessageStartingWith("PUBLIC_URL")
                .hasMessageContaining("epay");
        assertThatThrownBy(() -> settings(epayAndDefault)).isInstanceOf(StartupRefusal.class).hasMessageStartingWith("PUBLIC_URL");
        // No gateway, no notify URL to hand out: the default is fine.
        assertThat(settings(Map.of()).payments().publicUrl()).isEqualTo("http://localhost:8000");
    }
}
