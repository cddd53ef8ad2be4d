package spanel.application.shop.port.in;

public record ProductCreated(long id) {
}
