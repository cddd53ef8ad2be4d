package spanel.adapter.http.payment;

import java.util.Objects;
import java.util.Optional;
import spanel.application.payment.port.in.CheckOutPlan;
import spanel.application.payment.port.in.ConfirmTopUpByHand;
import spanel.application.payment.port.in.CreateTopUpOrder;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.application.payment.port.in.TopUpQueries;
import spanel.application.request.port.in.AnswerOnce;

/**
 * The use cases behind /payment, and where the return route sends the user (PUBLIC_URL). The
 * manual confirm is present only when DEBUG is on; without it its route does not exist at all.
 * {@code answerOnce} serves the Idempotency-Key on /payment/create and /user/checkout.
 */
public record PaymentUseCases(CreateTopUpOrder create, HandlePaymentNotify handleNotify, TopUpQueries queries,
        Optional<ConfirmTopUpByHand> debugConfirm, String returnTo, AnswerOnce answerOnce, CheckOutPlan checkOut) {

    public PaymentUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(handleNotify, "handleNotify");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(debugConfirm, "debugConfirm");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(answerOnce, "answerOnce");
        Objects.requireNonNull(checkOut, "checkOut");
    }
}
