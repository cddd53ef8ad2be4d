package spanel.application.payment.port.in;

/** Closes the orders left unpaid longer than the order lifetime. */
public interface CloseStaleOrders {

    OrdersClosed close();

    record OrdersClosed(int count) {
    }
}
