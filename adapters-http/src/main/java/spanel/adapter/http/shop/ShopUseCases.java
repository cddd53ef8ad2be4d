package spanel.adapter.http.shop;

import java.util.Objects;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.in.CheckCoupon;
import spanel.application.shop.port.in.ShopQueries;

/** The use cases behind /user/shop, /user/buy, /user/bought and /user/coupon, and the Idempotency-Key on /user/buy. */
public record ShopUseCases(ShopQueries queries, BuyPlan buyPlan, CheckCoupon checkCoupon, AnswerOnce answerOnce) {

    public ShopUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(buyPlan, "buyPlan");
        Objects.requireNonNull(checkCoupon, "checkCoupon");
        Objects.requireNonNull(answerOnce, "answerOnce");
    }
}
