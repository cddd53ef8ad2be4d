package spanel.application.payment;

import java.util.Objects;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.domain.error.NotFound;
import spanel.domain.payment.AlreadyPaid;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;

/** Stands in for a gateway while testing a set-up: the same crediting, recorded as gateway "debug". */
public final class ConfirmTopUpByHandService implements ConfirmTopUpByHand {

    static final String GATEWAY = "debug";

    private final TopUpOrders orders;
    private final TopUpCrediting crediting;

    public ConfirmTopUpByHandService(TopUpOrders orders, TopUpCrediting crediting) {
        this.orders = Objects.requireNonNull(orders);
        this.crediting = Objects.requireNonNull(crediting);
    }

    @Override
    public TopUpConfirmed confirm(Command command) {
        TopUpOrder order = orders.find(command.orderId())
                .filter(o -> command.caller().admin() || o.userId().equals(command.caller().userId()))
                .orElseThrow(() -> new NotFound("no order " + command.orderId()));
        PaymentNotice notice = new PaymentNotice(GATEWAY, order.tradeNo(), GATEWAY + "-" + order.tradeNo(), order.total(),
                "confirmed by hand by user " + command.caller().userId());
        return switch (crediting.creditByHand(order, notice)) {
            case CREDITED, CREDITED_AFTER_CLOSE -> new TopUpConfirmed(order.id(), order.total());
            case ALREADY_CREDITED, ANOTHER_PAYMENT_FLAGGED -> throw new AlreadyPaid("order " + order.id() + " is paid already");
        };
    }
}
