package spanel.application.shop.port.in;

import java.util.List;
import spanel.domain.shop.Coupon;

/** An admin lists every coupon, enabled or not. */
public interface ListCoupons {

    List<Coupon> list();
}
