package spanel.application.payment.port.in;

import spanel.domain.payment.TopUpOrder;

public record TopUpCreated(TopUpOrder order, String paymentUrl) {
}
