package spanel.application.shop.port.in;

public record CouponCreated(long id) {
}
