package spanel.application.payment.port.in;

import spanel.domain.money.Money;

public record TopUpConfirmed(long orderId, Money credited) {
}
