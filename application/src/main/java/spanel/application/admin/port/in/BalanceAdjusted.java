package spanel.application.admin.port.in;

import spanel.domain.money.Money;
import spanel.domain.user.UserId;

public record BalanceAdjusted(UserId user, Money balance) {
}
