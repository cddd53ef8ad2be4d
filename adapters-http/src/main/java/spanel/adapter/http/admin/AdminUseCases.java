package spanel.adapter.http.admin;

import java.util.Objects;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.admin.port.in.ListOrders;
import spanel.application.admin.port.in.ListUsers;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.in.ShowUser;
import spanel.application.admin.port.in.UpdateUser;
import spanel.application.shop.port.in.CreateCoupon;
import spanel.application.shop.port.in.CreateProduct;
import spanel.application.shop.port.in.DisableCoupon;
import spanel.application.shop.port.in.DisableProduct;
import spanel.application.shop.port.in.ListCoupons;
import spanel.application.shop.port.in.ListProducts;
import spanel.application.shop.port.in.UpdateCoupon;
import spanel.application.shop.port.in.UpdateProduct;

/** The use cases behind /admin (nodes aside). */
public record AdminUseCases(
        ListUsers listUsers,
        ShowUser showUser,
        SetUserBan setUserBan,
        AdjustBalance adjustBalance,
        ListOrders listOrders,
        ListProducts listProducts,
        CreateProduct createProduct,
        UpdateProduct updateProduct,
        DisableProduct disableProduct,
        ListCoupons listCoupons,
        CreateCoupon createCoupon,
        UpdateCoupon updateCoupon,
        DisableCoupon disableCoupon,
        UpdateUser updateUser) {

    public AdminUseCases {
        Objects.requireNonNull(listUsers, "listUsers");
        Objects.requireNonNull(showUser, "showUser");
        Objects.requireNonNull(setUserBan, "setUserBan");
        Objects.requireNonNull(adjustBalance, "adjustBalance");
        Objects.requireNonNull(listOrders, "listOrders");
        Objects.requireNonNull(listProducts, "listProducts");
        Objects.requireNonNull(createProduct, "createProduct");
        Objects.requireNonNull(updateProduct, "updateProduct");
        Objects.requireNonNull(disableProduct, "disableProduct");
        Objects.requireNonNull(listCoupons, "listCoupons");
        Objects.requireNonNull(createCoupon, "createCoupon");
        Objects.requireNonNull(updateCoupon, "updateCoupon");
        Objects.requireNonNull(disableCoupon, "disableCoupon");
        Objects.requireNonNull(updateUser, "updateUser");
    }
}
