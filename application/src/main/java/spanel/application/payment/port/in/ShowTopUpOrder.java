package spanel.application.payment.port.in;

import spanel.domain.payment.TopUpOrder;

/** One top-up order, to its owner only: anyone else is told it does not exist. */
public interface ShowTopUpOrder {

    TopUpOrder show(ShowTopUpOrderQuery query);
}
