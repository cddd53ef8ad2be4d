package spanel.application.payment.port.in;

/** A user starts a top-up: an unpaid order and where to pay it. */
public interface CreateTopUpOrder {

    TopUpCreated create(CreateTopUpCommand command);
}
