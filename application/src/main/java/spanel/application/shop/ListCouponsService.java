package spanel.application.shop;

import java.util.List;
import java.util.Objects;
import spanel.application.shop.port.in.ListCoupons;
import spanel.application.shop.port.out.Coupons;
import spanel.domain.shop.Coupon;

public final class ListCouponsService implements ListCoupons {

    private final Coupons coupons;

    public ListCouponsService(Coupons coupons) {
        this.coupons = Objects.requireNonNull(coupons);
    }

    @Override
    public List<Coupon> list() {
        return coupons.all();
    }
}
