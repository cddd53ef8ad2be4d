package spanel.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.portal.PortalSite;
import spanel.adapter.http.support.TrustedProxies;
import spanel.adapter.mail.MailConfig;
import spanel.adapter.persistence.support.DatabaseUrl;
import spanel.domain.user.CheckinBonus;

/**
 * Everything spanel reads from its configuration (docs/CONFIGURATION.md), checked once at start-up: a value
 * that cannot be used refuses start-up with a line naming the variable, rather than failing later.
 */
public record Settings(
        String httpHost,
        int httpPort,
        DatabaseUrl database,
        int databasePoolSize,
        Optional<String> redisUrl,
        String redisKeyPrefix,
        Path dataDir,
        Optional<String> muKey,
        boolean debug,
        int nodeReportMax,
        TrustedProxies trustedProxies,
        int ipv6LimitPrefix,
        AccountSettings accounts,
        PaymentSettings payments,
        SubscriptionSettings subscriptions,
        JobSettings jobs,
        Optional<MailConfig> mail,
        PortalSite site,
        int ticketRateLimit,
        NoticeSettings notices) {

    static final String DEFAULT_MU_KEY = "default-mu-key-please-change";
    static final int MIN_MU_KEY_LENGTH = 16;

    public static Settings from(Environment env) {
        Path dataDir = Path.of(env.get("DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
        boolean debug = bool(env, "DEBUG", false);
        Duration nodeDownAfter = nodeDownAfter(env);
        PaymentSettings payments =
                PaymentSettings.from(env, integer(env, "ORDER_TTL", PaymentSettings.DEFAULT_ORDER_TTL_SECONDS, 60, 2_592_000));
        JobSettings jobs = jobs(env, nodeDownAfter);
        return new Settings(
                env.get("HTTP_HOST").orElse("0.0.0.0"),
                integer(env, "HTTP_PORT", 8000, 0, 65535),
                database(env, dataDir),
                integer(env, "DATABASE_POOL_SIZE", 10, 1, 500),
                env.get("REDIS_URL").map(String::strip),
                env.get("REDIS_KEY_PREFIX").orElse("spanel:"),
                dataDir,
                muKey(env, debug),
                debug,
                integer(env, "NODE_REPORT_MAX", 10_000, 1, 100_000),
                trustedProxies(env),
                integer(env, "IPV6_LIMIT_PREFIX", HttpSettings.DEFAULT_IPV6_LIMIT_PREFIX, 1, 128),
                accounts(env),
                payments,
                subscriptions(env, nodeDownAfter, dataDir),
                jobs,
                mail(env),
                site(env, payments, jobs, debug),
                integer(env, "TICKET_RATE_LIMIT", 20, 1, 1_000_000),
                NoticeSettings.from(env, dataDir,
                        integer(env, "EXPIRY_NOTICE_DAYS", NoticeSettings.DEFAULT_EXPIRY_NOTICE_DAYS, 1, 365),
                        integer(env, "NOTICE_RETENTION_DAYS", NoticeSettings.DEFAULT_RETENTION_DAYS, 7, 3650)));
    }

    /** SITE_NAME, SITE_LOGO_URL and SUPPORT_URL, with what the portal shows beside them: currency, time zone, gateways. */
    static PortalSite site(Environment env, PaymentSettings payments, JobSettings jobs, boolean debug) {
        List<String> gateways = new ArrayList<>(payments.enabled());
        if (debug) {
            gateways.add("debug");
        }
        try {
            return new PortalSite(env.get("SITE_NAME").orElse(PortalSite.DEFAULT_NAME), env.get("SITE_LOGO_URL"),
                    env.get("SUPPORT_URL"), payments.currency(), jobs.timezone().getId(), gateways);
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal(e.getMessage());
        }
    }

    /** NODE_DOWN_AFTER, 30 s to a week: the node list and the node-down alerts count a silent node down alike. */
    private static Duration nodeDownAfter(Environment env) {
        return Duration.ofSeconds(integer(env, "NODE_DOWN_AFTER", JobSettings.DEFAULT_NODE_DOWN_AFTER_SECONDS, 30, 604_800));
    }

    /**
     * The profile title and refresh interval, the fetch limits, when a silent node counts as down,
     * and the folder of the operator's profile templates (DATA_DIR/templates unless set).
     */
    static SubscriptionSettings subscriptions(Environment env, Duration nodeDownAfter, Path dataDir) {
        return new SubscriptionSettings(
                env.get("SUBSCRIPTION_TITLE").map(String::strip).orElse(SubscriptionSettings.DEFAULT_TITLE),
                integer(env, "SUBSCRIPTION_UPDATE_HOURS", 24, 1, 8_760),
                integer(env, "SUBSCRIPTION_RATE_LIMIT_IP", 60, 1, 1_000_000),
                integer(env, "SUBSCRIPTION_RATE_LIMIT_TOKEN", 30, 1, 1_000_000),
                nodeDownAfter,
                env.get("DEVICE_LIMIT_MESSAGE").map(String::strip).orElse(SubscriptionSettings.DEFAULT_DEVICE_LIMIT_MESSAGE),
                bool(env, "SUBSCRIPTION_INFO_ENTRIES", false),
                env.get("SUBSCRIPTION_TEMPLATE_DIR").map(String::strip).filter(dir -> !dir.isEmpty())
                        .map(dir -> Path.of(dir).toAbsolutePath().normalize()).orElse(dataDir.resolve("templates")));
    }

    /** TIMEZONE, TRAFFIC_LOG_DAYS (1 to 3650) and ALERT_WEBHOOK_URL, beside NODE_DOWN_AFTER. */
    static JobSettings jobs(Environment env, Duration nodeDownAfter) {
        return new JobSettings(
                JobSettings.timezone(env),
                nodeDownAfter,
                integer(env, "TRAFFIC_LOG_DAYS", JobSettings.DEFAULT_TRAFFIC_LOG_DAYS, 1, 3_650),
                JobSettings.alertWebhook(env));
    }

    /** SMTP_URL and MAIL_FROM; without SMTP_URL there is no mail, and resetting a password is the CLI's job. */
    static Optional<MailConfig> mail(Environment env) {
        Optional<String> url = env.get("SMTP_URL").map(String::strip).filter(text -> !text.isEmpty());
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MailConfig.of(url.get(), env.get("MAIL_FROM").orElse(null)));
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal(e.getMessage());
        }
    }

    /** New-account defaults, token lifetime and the log-in limit; the port range must not run backwards. */
    static AccountSettings accounts(Environment env) {
        int portStart = integer(env, "PORT_RANGE_START", 10_000, 1, 65_535);
        int portEnd = integer(env, "PORT_RANGE_END", 60_000, 1, 65_535);
        if (portStart > portEnd) {
            throw new StartupRefusal("PORT_RANGE_START (" + portStart + ") must not be above PORT_RANGE_END (" + portEnd + ")");
        }
        return new AccountSettings(
                integer(env, "DEFAULT_TRAFFIC_GB", 10L, 0, 1_000_000),
                integer(env, "DEFAULT_EXPIRE_DAYS", 30, 0, 36_500),
                integer(env, "DEFAULT_CLASS", 0, 0, 1_000_000),
                integer(env, "DEFAULT_GROUP", 0, 0, 1_000_000),
                portStart,
                portEnd,
                integer(env, "TOKEN_TTL", 604_800L, 60, 31_536_000),
                integer(env, "LOGIN_RATE_LIMIT", 10, 1, 1_000_000),
                checkinBonus(env));
    }

    /** CHECKIN_MIN_MB..CHECKIN_MAX_MB; 0 and 0 (the default) turn the daily check-in off. */
    private static CheckinBonus checkinBonus(Environment env) {
        long min = integer(env, "CHECKIN_MIN_MB", 0L, 0, CheckinBonus.MAX_MB);
        long max = integer(env, "CHECKIN_MAX_MB", 0L, 0, CheckinBonus.MAX_MB);
        if (min > max) {
            throw new StartupRefusal("CHECKIN_MIN_MB (" + min + ") must not be above CHECKIN_MAX_MB (" + max + ")");
        }
        return new CheckinBonus(min, max);
    }

    /** The shared node key when set, checked for strength; DEBUG relaxes the length and default checks. */
    static Optional<String> muKey(Environment env, boolean debug) {
        Optional<String> key = env.get("MU_KEY");
        if (key.isEmpty()) {
            return key;
        }
        String value = key.get();
        if (value.isBlank() || value.strip().replace("\u3000", "").isEmpty()) {
            throw new StartupRefusal("MU_KEY is blank: set a random key of at least 16 characters, or unset it to have one generated");
        }
        if (!debug && value.length() < MIN_MU_KEY_LENGTH) {
            throw new StartupRefusal("MU_KEY is shorter than 16 characters: set a longer random key (DEBUG=true relaxes this)");
        }
        if (!debug && value.equals(DEFAULT_MU_KEY)) {
            throw new StartupRefusal("MU_KEY is the published default: set your own random key (DEBUG=true relaxes this)");
        }
        return key;
    }

    private static TrustedProxies trustedProxies(Environment env) {
        try {
            return TrustedProxies.parse(env.get("TRUSTED_PROXIES").orElse(""));
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal(e.getMessage() + " (a comma-separated list such as 127.0.0.1, 10.0.0.0/8)");
        }
    }

    private static DatabaseUrl database(Environment env, Path dataDir) {
        Optional<String> configured = env.get("DATABASE_URL");
        if (configured.isEmpty()) {
            return DatabaseUrl.embedded(dataDir);
        }
        try {
            return DatabaseUrl.parse(configured.get())
                    .withCredentials(env.get("DATABASE_USER").orElse(null), env.get("DATABASE_PASSWORD").orElse(null));
        } catch (IllegalArgumentException e) {
            throw new StartupRefusal(e.getMessage());
        }
    }


    private static long integer(Environment env, String name, long fallback, long min, long max) {
        Optional<String> text = env.get(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new StartupRefusal(name + " must be a whole number from " + min + " to " + max + " (got '" + text.get() + "')");
        }
    }

    private static int integer(Environment env, String name, int fallback, int min, int max) {
        return (int) integer(env, name, (long) fallback, min, (long) max);
    }


    private static boolean bool(Environment env, String name, boolean fallback) {
        Optional<String> text = env.get(name);
        if (text.isEmpty()) {
            return fallback;
        }
        return switch (text.get().strip().toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new StartupRefusal(name + " must be true or false (got '" + text.get() + "')");
        };
    }

    @Override
    public String toString() {
        return "Settings[http=" + httpHost + ":" + httpPort + ", database=" + database
                + ", redis=" + (redisUrl.isPresent() ? "configured" : "in-process") + ", dataDir=" + dataDir
                + ", debug=" + debug + ", gateways=" + payments.enabled() + ", timezone=" + jobs.timezone()
                + ", alerts=" + (jobs.alertWebhook().isPresent() ? "on" : "off")
                + ", mail=" + mail.map(m -> m.url().toString()).orElse("off") + ", notices=" + notices + "]";
    }
}
