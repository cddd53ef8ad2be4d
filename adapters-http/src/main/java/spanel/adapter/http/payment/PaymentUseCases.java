package spanel.adapter.http.payment;

import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.ListTopUpOrders;
import spanel.application.payment.port.in.ShowTopUpOrder;

/**
 * The use cases behind /payment, and where the return route sends the user (PUBLIC_URL). The
 * manual confirm is present only when DEBUG is on; without it its route does not exist at all.
 */
public record PaymentUseCases(CreateTopUpOrder create, HandlePaymentNotify handleNotify, ListTopUpOrders list,
        ShowTopUpOrder show, Optional<ConfirmTopUpByHand> debugConfirm, String returnTo) {

    public PaymentUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(handleNotify, "handleNotify");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(show, "show");
        Objects.requireNonNull(debugConfirm, "debugConfirm");
        Objects.requireNonNull(returnTo, "returnTo");
    }
}
