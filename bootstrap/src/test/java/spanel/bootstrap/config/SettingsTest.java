package spanel.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    private static Settings settings(Map<String, String> variables) {
        return Settings.from(Environment.of(variables));
    }

    @Test
    void withNothingConfiguredItRunsOnTheEmbeddedDefaults() {
        Settings settings = settings(Map.of());

        assertThat(settings.httpHost()).isEqualTo("0.0.0.0");
        assertThat(settings.httpPort()).isEqualTo(8000);
        assertThat(settings.database().dialect()).isEqualTo(SQLDialect.H2);
        assertThat(settings.database().jdbcUrl()).contains(Path.of("./data").toAbsolutePath().normalize().toString());
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.muKey()).isEmpty();
        assertThat(settings.debug()).isFalse();
        assertThat(settings.databasePoolSize()).isEqualTo(10);
        assertThat(settings.ipv6LimitPrefix()).isEqualTo(64);
    }

    @Test
    void perAddressLimitsCountIpv6ClientsByTheConfiguredNetwork() {
        assertThat(settings(Map.of("IPV6_LIMIT_PREFIX", "56")).ipv6LimitPrefix()).isEqualTo(56);
        assertThatThrownBy(() -> settings(Map.of("IPV6_LIMIT_PREFIX", "0"))).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("IPV6_LIMIT_PREFIX");
    }

    @Test
    void theJobsGoByTimezoneNodeDownAfterAndTrafficLogDays() {
        JobSettings defaults = settings(Map.of()).jobs();
        assertThat(defaults.timezone()).isEqualTo(java.time.ZoneId.of("UTC"));
        assertThat(defaults.nodeDownAfter()).isEqualTo(java.time.Duration.ofSeconds(300));
        assertThat(defaults.trafficLogDays()).isEqualTo(90);

        JobSettings set = settings(Map.of("TIMEZONE", "America/New_York", "NODE_DOWN_AFTER", "120",
                "TRAFFIC_LOG_DAYS", "30")).jobs();
        assertThat(set.timezone()).isEqualTo(java.time.ZoneId.of("America/New_York"));
        assertThat(set.nodeDownAfter()).isEqualTo(java.time.Duration.ofSeconds(120));
        assertThat(set.trafficLogDays()).isEqualTo(30);

        assertThatThrownBy(() -> settings(Map.of("TIMEZONE", "Mars/Olympus"))).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("TIMEZONE");
        assertThatThrownBy(() -> settings(Map.of("NODE_DOWN_AFTER", "5"))).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("NODE_DOWN_AFTER");
        assertThatThrownBy(() -> settings(Map.of("TRAFFIC_LOG_DAYS", "0"))).isInstanceOf(StartupRefusal.class)
                .hasMessageContaining("TRAFFIC_LOG_DAYS");
    }

    @Test
    void nodeAlertsGoToAnHttpWebhookOnlyWhenOneIsSet() {
        assertThat(settings(Map.of()).jobs().alertWebhook()).isEmpty();
        assertThat(settings(Map.of("ALERT_WEBHOOK_URL", " ")).jobs().alertWebhook()).isEmpty();
        assertThat(settings(Map.of("ALERT_WEBHOOK_URL", "https://hooks.example.com/spanel?token=x")).jobs().alertWebhook())
                .contains(java.net.URI.create("https://hooks.example.com/spanel?token=x"));
        assertThat(settings(Map.of("ALERT_WEBHOOK_URL", "https://hooks.example.com/spanel?token=x")).toString())
                .as("the URL may hold a secret").doesNotContain("token").contains("alerts=on");

        for (String bad : List.of("hooks.example.com/spanel", "ftp://hooks.example.com/", "http:///no-host", "http://a b/")) {
            assertThatThrownBy(() -> settings(Map.of("ALERT_WEBHOOK_URL", bad))).as(bad).isInstanceOf(StartupRefusal.class)
                    .hasMessageContaining("ALERT_WEBHOOK_URL");
        }
    }

    @Test
    void noticesGoToASignedWebhookOnlyWithItsSecretAndNoSecretIsPrinted() {
        NoticeSettings none = settings(Map.of()).notices();
        assertThat(none.webhookUrl()).isEmpty();
        assertThat(none.telegramBotToken()).isEmpty();
        assertThat(none.telegramApiUrl()).isEqualTo(java.net.URI.create("https://api.telegram.org"));
        assertThat(none.expiryNoticeDays()).isEqualTo(3);
        assertThat(none.retentionDays()).isEqualTo(90);
        assertThat(settings(Map.of("NOTICE_RETENTION_DAYS", "30")).notices().retention()).isEqualTo(java.time.Duration.ofDays(30));

        Settings both = settings(Map.of("NOTIFY_WEBHOOK_URL", "https://hooks.example.com/n?token=x",
                "NOTIFY_WEBHOOK_SECRET", "a secret of sixteen+", "TELEGRAM_BOT_TOKEN", "123:bot-secret",
                "EXPIRY_NOTICE_DAYS", "7"));
        assertThat(both.notices().webhookSecret()).contains("a secret of sixteen+");
        assertThat(both.notices().expiryNoticeDays()).isEqualTo(7);
        assertThat(both.toString()).doesNotContain("token=x").doesNotContain("bot-secret").doesNotContain("sixteen")
                .contains("webhook=on").contains("telegram=on");

        assertThatThrownBy(() -> settings(Map.of("NOTIFY_WEBHOOK_URL", "https://hooks.example.com/n")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("NOTIFY_WEBHOOK_SECRET");
        assertThatThrownBy(() -> settings(Map.of("NOTIFY_WEBHOOK_URL", "https://hooks.example.com/n", "NOTIFY_WEBHOOK_SECRET",
                "short"))).isInstanceOf(StartupRefusal.class).hasMessageContaining("NOTIFY_WEBHOOK_SECRET");
        assertThatThrownBy(() -> settings(Map.of("TELEGRAM_API_URL", "api.telegram.org")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("TELEGRAM_API_URL");
        assertThatThrownBy(() -> settings(Map.of("EXPIRY_NOTICE_DAYS", "0")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("EXPIRY_NOTICE_DAYS");
        assertThatThrownBy(() -> settings(Map.of("NOTICE_RETENTION_DAYS", "1")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("NOTICE_RETENTION_DAYS");
    }

    @Test
    void aPostgresUrlWithSeparateCredentialsIsUsed() {
        Settings settings = settings(Map.of("DATABASE_URL", "jdbc:postgresql://db:5432/spanel",
                "DATABASE_USER", "panel", "DATABASE_PASSWORD", "pw"));

        assertThat(settings.database().dialect()).isEqualTo(SQLDialect.POSTGRES);
        assertThat(settings.database().user()).contains("panel");
        assertThat(settings.database().password()).contains("pw");
    }

    @Test
    void aShortOrDefaultMuKeyIsRefusedUnlessDebug() {
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "short")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("MU_KEY");
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "default-mu-key-please-change")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("MU_KEY");

        assertThat(settings(Map.of("MU_KEY", "short", "DEBUG", "true")).muKey()).contains("short");
        assertThat(settings(Map.of("MU_KEY", "0123456789abcdef")).muKey()).contains("0123456789abcdef");
    }

    @Test
    void aBlankMuKeyIsRefusedEvenInDebug() {
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "   ", "DEBUG", "true")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> settings(Map.of("MU_KEY", "\u3000\u3000", "DEBUG", "true")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("blank");
    }

    @Test
    void eachUnusableValueIsRefusedNamingItsVariable() {
        Map<String, String> bad = Map.of(
                "DATABASE_URL", "mysql://db/x",
                "HTTP_PORT", "eighty",
                "DATABASE_POOL_SIZE", "0",
                "DEBUG", "maybe",
                "TRUSTED_PROXIES", "10.0.0.0/33",
                "IPV6_LIMIT_PREFIX", "129");
        bad.forEach((name, value) -> assertThatThrownBy(() -> settings(Map.of(name, value)))
                .as(name).isInstanceOf(StartupRefusal.class).hasMessageContaining(name));
    }

    @Test
    void theEnvironmentWinsOverTheDotEnvFile(@TempDir Path dir) throws Exception {
        Path dotEnv = dir.resolve(".env");
        Files.write(dotEnv, List.of("# local settings", "HTTP_PORT=9000", "export HTTP_HOST=127.0.0.2",
                "MU_KEY=\"from-the-file-0123456789\"", "DATABASE_POOL_SIZE=4 # a comment"));

        Settings settings = Settings.from(Environment.load(Map.of("HTTP_PORT", "9100"), dotEnv));

        assertThat(settings.httpPort()).isEqualTo(9100);
        assertThat(settings.httpHost()).isEqualTo("127.0.0.2");
        assertThat(settings.databasePoolSize()).isEqualTo(4);
        assertThat(settings.muKey()).contains("from-the-file-0123456789");
    }

    @Test
    void accountsGetTheDocumentedDefaults() {
        AccountSettings accounts = settings(Map.of()).accounts();

        assertThat(accounts.defaults().traffic().bytes()).isEqualTo(10L << 30);
        assertThat(accounts.defaults().expireDays()).isEqualTo(30);
        assertThat(accounts.defaults().userClass()).isZero();
        assertThat(accounts.defaults().nodeGroup()).isZero();
        assertThat(accounts.ports()).isEqualTo(new spanel.domain.user.PortRange(10_000, 60_000));
        assertThat(accounts.tokenLifetime().ttl()).hasSeconds(604_800);
        assertThat(accounts.loginLimit().maxAttempts()).isEqualTo(10);
    }

    @Test
    void accountSettingsAreReadFromTheirVariables() {
        AccountSettings accounts = settings(Map.of("DEFAULT_TRAFFIC_GB", "50", "DEFAULT_EXPIRE_DAYS", "7",
                "DEFAULT_CLASS", "2", "DEFAULT_GROUP", "3", "PORT_RANGE_START", "20000", "PORT_RANGE_END", "20010",
                "TOKEN_TTL", "3600", "LOGIN_RATE_LIMIT", "5")).accounts();

        assertThat(accounts.defaults().traffic().bytes()).isEqualTo(50L << 30);
        assertThat(accounts.defaults().expireDays()).isEqualTo(7);
        assertThat(accounts.defaults().userClass()).isEqualTo(2);
        assertThat(accounts.defaults().nodeGroup()).isEqualTo(3);
        assertThat(accounts.ports().size()).isEqualTo(11);
        assertThat(accounts.tokenLifetime().ttl()).hasSeconds(3600);
        assertThat(accounts.loginLimit().maxAttempts()).isEqualTo(5);
    }

    @Test
    void badAccountSettingsAreRefusedNamingTheirVariable() {
        Map<String, String> bad = Map.of(
                "DEFAULT_TRAFFIC_GB", "-1",
                "DEFAULT_EXPIRE_DAYS", "forever",
                "DEFAULT_CLASS", "-2",
                "DEFAULT_GROUP", "1.5",
                "TOKEN_TTL", "0",
                "LOGIN_RATE_LIMIT", "0",
                "PORT_RANGE_START", "0",
                "PORT_RANGE_END", "70000");
        bad.forEach((name, value) -> assertThatThrownBy(() -> settings(Map.of(name, value)))
                .as(name).isInstanceOf(StartupRefusal.class).hasMessageContaining(name));
        assertThatThrownBy(() -> settings(Map.of("PORT_RANGE_START", "30000", "PORT_RANGE_END", "20000")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("PORT_RANGE_START");
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        assertThat(settings(Map.of("HTTP_PORT", "", "DATABASE_URL", "")).httpPort()).isEqualTo(8000);
    }

    @Test
    void subscriptionsGetTheDocumentedDefaults() {
        SubscriptionSettings subscriptions = settings(Map.of()).subscriptions();

        assertThat(subscriptions.title()).isEqualTo("spanel");
        assertThat(subscriptions.updateIntervalHours()).isEqualTo(24);
        assertThat(subscriptions.perAddress().maxAttempts()).isEqualTo(60);
        assertThat(subscriptions.perToken().maxAttempts()).isEqualTo(30);
        assertThat(subscriptions.nodeDownAfter()).hasSeconds(300);
        assertThat(subscriptions.templateDir()).isEqualTo(settings(Map.of()).dataDir().resolve("templates"));
    }

    @Test
    void subscriptionSettingsAreReadFromTheirVariables() {
        SubscriptionSettings subscriptions = settings(Map.of("SUBSCRIPTION_TITLE", " 机场 Panel ",
                "SUBSCRIPTION_UPDATE_HOURS", "6", "SUBSCRIPTION_RATE_LIMIT_IP", "120", "SUBSCRIPTION_RATE_LIMIT_TOKEN", "10",
                "NODE_DOWN_AFTER", "600", "SUBSCRIPTION_TEMPLATE_DIR", "/etc/spanel/templates/")).subscriptions();

        assertThat(subscriptions.title()).isEqualTo("机场 Panel");
        assertThat(subscriptions.updateIntervalHours()).isEqualTo(6);
        assertThat(subscriptions.perAddress().maxAttempts()).isEqualTo(120);
        assertThat(subscriptions.perToken().maxAttempts()).isEqualTo(10);
        assertThat(subscriptions.nodeDownAfter()).hasSeconds(600);
        assertThat(subscriptions.templateDir()).isEqualTo(java.nio.file.Path.of("/etc/spanel/templates"));
    }

    @Test
    void badSubscriptionSettingsAreRefusedNamingTheirVariable() {
        Map<String, String> bad = Map.of(
                "SUBSCRIPTION_TITLE", "x".repeat(65),
                "SUBSCRIPTION_UPDATE_HOURS", "0",
                "SUBSCRIPTION_RATE_LIMIT_IP", "0",
                "SUBSCRIPTION_RATE_LIMIT_TOKEN", "many",
                "NODE_DOWN_AFTER", "29");
        bad.forEach((name, value) -> assertThatThrownBy(() -> settings(Map.of(name, value)))
                .as(name).isInstanceOf(StartupRefusal.class).hasMessageContaining(name));
        assertThatThrownBy(() -> settings(Map.of("SUBSCRIPTION_TITLE", "a\u0007b")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("SUBSCRIPTION_TITLE");
    }

    @Test
    void theCheckInIsOffByDefaultAndItsRangeMustNotRunBackwards() {
        assertThat(settings(Map.of()).accounts().checkinBonus().enabled()).isFalse();
        var bonus = settings(Map.of("CHECKIN_MIN_MB", "10", "CHECKIN_MAX_MB", "50")).accounts().checkinBonus();
        assertThat(bonus.minMb()).isEqualTo(10);
        assertThat(bonus.maxMb()).isEqualTo(50);
        assertThatThrownBy(() -> settings(Map.of("CHECKIN_MIN_MB", "60", "CHECKIN_MAX_MB", "50")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("CHECKIN_MIN_MB");
        assertThatThrownBy(() -> settings(Map.of("CHECKIN_MAX_MB", "-1")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("CHECKIN_MAX_MB");
    }

    @Test
    void mailNeedsAReadableSmtpUrlAndASender() {
        assertThat(settings(Map.of()).mail()).isEmpty();
        var mail = settings(Map.of("SMTP_URL", "smtps://u:p@mail.example.com", "MAIL_FROM", "no-reply@example.com")).mail();
        assertThat(mail).isPresent();
        assertThat(mail.get().url().port()).isEqualTo(465);
        assertThatThrownBy(() -> settings(Map.of("SMTP_URL", "smtp://mail.example.com")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("MAIL_FROM");
        assertThatThrownBy(() -> settings(Map.of("SMTP_URL", "mail.example.com:25", "MAIL_FROM", "a@example.com")))
                .isInstanceOf(StartupRefusal.class).hasMessageContaining("SMTP_URL");
        assertThat(settings(Map.of("SMTP_URL", "smtp://u:secret@mail.example.com", "MAIL_FROM", "a@example.com")).toString())
                .doesNotContain("secret");
    }
}
