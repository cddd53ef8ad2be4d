package spanel.bootstrap;

import java.security.SecureRandom;
import spanel.adapter.http.subscription.ProfileTemplates;
import spanel.adapter.http.subscription.SubscriptionUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.AttemptGuard;
import spanel.application.user.DeviceQueryService;
import spanel.application.user.FetchSubscriptionService;
import spanel.application.user.ListUserNodesService;
import spanel.application.user.RemoveDevicesService;
import spanel.application.user.ResetCredentialsService;
import spanel.application.user.ResetSubscriptionService;
import spanel.application.user.ShowTrafficHistoryService;
import spanel.application.user.SubscriptionLinks;
import spanel.application.user.port.out.UsableNodes;
import spanel.application.user.port.out.UserAccounts;
import spanel.application.user.port.out.UserDevices;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.SubscriptionSettings;

/** The user's nodes, the subscription fetch, and rotating the link and the proxy credentials. */
final class SubscriptionWiring {

    private SubscriptionWiring() {
    }

    static SubscriptionUseCases subscriptions(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        Settings settings = wiring.settings();
        SubscriptionSettings subscriptions = settings.subscriptions();
        SubscriptionLinks links = links(persistence, settings);
        UserAccounts accounts = persistence.userAccounts();
        UsableNodes usable = persistence.usableNodes();
        TransactionRunner tx = persistence.transactionRunner();
        UserDevices devices = persistence.userDevices();
        return new SubscriptionUseCases(
                new ListUserNodesService(accounts, usable, wiring.stores().nodeStatus(), subscriptions.nodeDownAfter(),
                        wiring.clock()),
                new FetchSubscriptionService(links, accounts, usable,
                        new AttemptGuard(wiring.stores().attemptLimiter(), subscriptions.perAddress()),
                        new AttemptGuard(wiring.stores().attemptLimiter(), subscriptions.perToken()), devices, tx,
                        persistence.trafficResetDays(), settings.jobs().timezone(), wiring.clock()),
                new ResetSubscriptionService(links, persistence.auditTrail(), tx),
                new ResetCredentialsService(persistence.subscriptionTokens(), links, tx, new SecureRandom()),
                new DeviceQueryService(devices), new RemoveDevicesService(devices, persistence.auditTrail(), tx),
                new ShowTrafficHistoryService(persistence.trafficHistory(), settings.jobs().timezone(), wiring.clock()),
                subscriptions.title(), subscriptions.updateIntervalHours(), settings.payments().publicUrl(),
                subscriptions.deviceLimitMessage(), subscriptions.infoEntries(),
                ProfileTemplates.from(subscriptions.templateDir()));
    }

    static SubscriptionLinks links(PersistenceAdapters persistence, Settings settings) {
        return new SubscriptionLinks(persistence.serverSecrets(), persistence.subscriptionTokens(),
                settings.payments().publicUrl(), new SecureRandom());
    }
}
