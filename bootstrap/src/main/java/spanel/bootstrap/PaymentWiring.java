package spanel.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import spanel.adapter.http.payment.PaymentUseCases;
import spanel.adapter.payment.PaymentAdapters;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.payment.CheckOutPlanService;
import spanel.application.payment.ConfirmTopUpByHandService;
import spanel.application.payment.CreateTopUpOrderService;
import spanel.application.payment.HandlePaymentNotifyService;
import spanel.application.payment.PaymentUrls;
import spanel.application.payment.TopUpCrediting;
import spanel.application.payment.TopUpQueryService;
import spanel.application.payment.port.out.PaymentGateways;
import spanel.application.payment.port.out.PaymentMeter;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.bootstrap.config.PaymentSettings;

/** Top-ups through the configured gateways, their notifications, and the DEBUG confirm when DEBUG is on. */
final class PaymentWiring {

    private PaymentWiring() {
    }

    static PaymentUseCases payments(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        PaymentSettings payments = wiring.settings().payments();
        Clock clock = wiring.clock();
        PaymentMeter meter = wiring.metrics().paymentMeter();
        PaymentGateways gateways = PaymentAdapters.gateways(payments.epay(), payments.alipay(), payments.stripe(),
                wiring.settings().debug(), clock);
        TopUpOrders orders = persistence.topUpOrders();
        TopUpCrediting crediting = new TopUpCrediting(orders, persistence.paymentEvents(), persistence.balances(),
                persistence.userAccounts(), persistence.commissions(), payments.commissionRate(),
                persistence.transactionRunner(), clock, persistence.orderPlans(), ShopWiring.buyPlan(wiring),
                wiring.notices());
        CreateTopUpOrderService createTopUp = new CreateTopUpOrderService(orders, gateways,
                new PaymentUrls(payments.publicUrl()), payments.maxTopUp(), new SecureRandom(), meter, clock);
        return new PaymentUseCases(
                createTopUp,
                new HandlePaymentNotifyService(gateways, orders, crediting, meter),
                new TopUpQueryService(orders),
                wiring.settings().debug() ? Optional.of(new ConfirmTopUpByHandService(orders, crediting)) : Optional.empty(),
                payments.publicUrl(),
                wiring.answerOnce(),
                new CheckOutPlanService(new CheckOutPlanService.Reads(persistence.products(), persistence.purchases(),
                        persistence.userAccounts(), ShopWiring.checkCoupon(wiring)), ShopWiring.buyPlan(wiring), createTopUp,
                        persistence.orderPlans(), persistence.transactionRunner()));
    }
}
