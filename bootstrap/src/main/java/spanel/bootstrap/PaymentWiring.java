package spanel.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import spanel.adapter.http.payment.PaymentUseCases;
import spanel.adapter.metrics.MetricsAdapters;
import spanel.adapter.payment.PaymentAdapters;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.payment.CheckOutPlanService;
import spanel.application.payment.ConfirmTopUpByHandService;
import spanel.application.payment.CreateTopUpOrderService;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.PaymentUrls;
import spanel.application.payment.ReconcileOrdersService;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.TopUpQueryService;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.application.shop.port.in.BuyPlan;
import spanel.bootstrap.config.PaymentSettings;
import spanel.bootstrap.config.Settings;

/** Top-ups through the configured gateways, their notifications, and the DEBUG confirm when DEBUG is on. */
final class PaymentWiring {

    private PaymentWiring() {
    }

    static PaymentUseCases payments(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        PaymentSettings payments = wiring.settings().payments();
        Clock clock = wiring.clock();
        PaymentMeter meter = wiring.metrics().paymentMeter();
        PaymentGateways gateways = gateways(wiring.settings(), clock);
        TopUpOrders orders = persistence.topUpOrders();
        TopUpCrediting crediting = crediting(persistence, wiring.settings(), clock, ShopWiring.buyPlan(wiring));
        CreateTopUpOrderService createTopUp = new CreateTopUpOrderService(orders, gateways,
                new PaymentUrls(payments.publicUrl()), payments.maxTopUp(), new SecureRandom(), meter, clock);
        return new PaymentUseCases(
                createTopUp,
                new HandlePaymentNotifyService(gateways, orders, crediting, meter, persistence.importedPayments()),
                new TopUpQueryService(orders),
                wiring.settings().debug() ? Optional.of(new ConfirmTopUpByHandService(orders, crediting)) : Optional.empty(),
                payments.publicUrl(),
                wiring.answerOnce(),
                new CheckOutPlanService(new CheckOutPlanService.Reads(persistence.products(), persistence.purchases(),
                        persistence.userAccounts(), ShopWiring.checkCoupon(wiring)), ShopWiring.buyPlan(wiring), createTopUp,
                        persistence.orderPlans(), persistence.transactionRunner()));
    }

    static PaymentGateways gateways(Settings settings, Clock clock) {
        PaymentSettings payments = settings.payments();
        return PaymentAdapters.gateways(payments.epay(), payments.alipay(), payments.stripe(), settings.debug(), clock);
    }

    /** The one crediting path: notifies, the DEBUG confirm and reconciliation. */
    private static TopUpCrediting crediting(PersistenceAdapters persistence, Settings settings, Clock clock, BuyPlan buyPlan) {
        return new TopUpCrediting(persistence.topUpOrders(), persistence.paymentEvents(), persistence.balances(),
                persistence.userAccounts(), persistence.commissions(), settings.payments().commissionRate(),
                persistence.transactionRunner(), clock, persistence.orderPlans(), buyPlan,
                NoticeWiring.notices(persistence, settings, clock));
    }

    /** Reconciliation, for the order-reconcile job and {@code ./spanel orders reconcile}. */
    static ReconcileOrders reconcile(PersistenceAdapters persistence, Settings settings, Clock clock, MetricsAdapters metrics) {
        return new ReconcileOrdersService(persistence.topUpOrders(), gateways(settings, clock),
                crediting(persistence, settings, clock,
                        ShopWiring.buyPlan(persistence, settings, clock, metrics.purchaseMeter())),
                settings.payments().orderTtl(), metrics.paymentMeter(), clock);
    }
}
