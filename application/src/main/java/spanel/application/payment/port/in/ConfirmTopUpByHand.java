package spanel.application.payment.port.in;

/** DEBUG only: marks an order paid as if its gateway had said so, through the same crediting path. */
public interface ConfirmTopUpByHand {

    TopUpConfirmed confirm(ConfirmTopUpCommand command);
}
