package spanel.application.payment.port.in;

/** A gateway tells us a payment happened: verified, matched against its order, credited at most once. */
public interface HandlePaymentNotify {

    NotifyHandled handle(PaymentNotifyCommand command);
}
