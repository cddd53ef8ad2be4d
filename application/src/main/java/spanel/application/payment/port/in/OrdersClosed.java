package spanel.application.payment.port.in;

public record OrdersClosed(int count) {
}
