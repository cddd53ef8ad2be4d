package spanel.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import spanel.adapter.http.HttpApi;
import spanel.adapter.metrics.MetricsAdapters;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.adapter.redis.Stores;
import spanel.application.health.CheckHealthService;
import spanel.application.health.TimeBoundProbe;
import spanel.application.node.port.in.IngestSettings;
import spanel.application.notice.port.out.Notices;
import spanel.application.request.AnswerOnceService;
import spanel.application.request.port.in.AnswerOnce;
import spanel.bootstrap.config.Settings;

/**
 * What every context's wiring builds on: the adapters, the settings and the clock. Traffic reports
 * run on the {@code ingest} pool's adapters, tuned by {@code ingestSettings}, everything else on {@code persistence}'s; reset links
 * are mailed on {@code mail}, off the request path.
 */
record Wiring(PersistenceAdapters persistence, PersistenceAdapters ingest, Stores stores, Settings settings,
        IngestSettings ingestSettings, String muKey, Executor mail, Clock clock, MetricsAdapters metrics) {

    /** How long /health waits for each dependency before calling it down (two of them: under a second in all). */
    static final Duration PROBE_LIMIT = Duration.ofMillis(450);

    /** Every use case the routes call, built by hand on its adapters. */
    HttpApi.UseCases useCases() {
        return new HttpApi.UseCases(
                new CheckHealthService(new TimeBoundProbe(persistence.dependencyProbe(), PROBE_LIMIT),
                        new TimeBoundProbe(stores.probe(), PROBE_LIMIT), stores.attemptLimiter(), settings.debug()),
                AccountWiring.accounts(this),
                AdminWiring.admin(this),
                NodeWiring.nodes(this),
                NodeWiring.nodeAdmin(this),
                ShopWiring.shop(this),
                PaymentWiring.payments(this),
                SubscriptionWiring.subscriptions(this),
                NodeWiring.nodeStates(this),
                AdminWiring.dashboard(this),
                settings.site(),
                TicketWiring.tickets(this),
                ContentWiring.content(this),
                ReferralWiring.giftCards(this),
                ReferralWiring.referrals(this),
                NoticeWiring.http(this));
    }

    /** The outbox, for the use cases that raise notices in their transactions. */
    Notices notices() {
        return NoticeWiring.notices(persistence, settings, clock);
    }

    /** The money routes' Idempotency-Key: one request per user and key, its answer kept for a day. */
    AnswerOnce answerOnce() {
        return new AnswerOnceService(persistence.idempotentAnswers(), persistence.transactionRunner(), clock);
    }
}
