package spanel.adapter.http.admin;

import java.util.Objects;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.admin.port.in.AdminQueries;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.in.UpdateUser;
import spanel.application.shop.port.in.CreateCoupon;
import spanel.application.shop.port.in.CreateProduct;
import spanel.application.shop.port.in.DisableCoupon;
import spanel.application.shop.port.in.DisableProduct;
import spanel.application.shop.port.in.ShopQueries;
import spanel.application.shop.port.in.UpdateCoupon;
import spanel.application.shop.port.in.UpdateProduct;

/** The use cases behind /admin (nodes aside): the reads of users and orders, and of the catalogue, and the changes. */
public record AdminUseCases(
        AdminQueries queries,
        ShopQueries catalogue,
        SetUserBan setUserBan,
        AdjustBalance adjustBalance,
        CreateProduct createProduct,
        UpdateProduct updateProduct,
        DisableProduct disableProduct,
        CreateCoupon createCoupon,
        UpdateCoupon updateCoupon,
        DisableCoupon disableCoupon,
        UpdateUser updateUser) {

    public AdminUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(setUserBan, "setUserBan");
        Objects.requireNonNull(adjustBalance, "adjustBalance");
        Objects.requireNonNull(createProduct, "createProduct");
        Objects.requireNonNull(updateProduct, "updateProduct");
        Objects.requireNonNull(disableProduct, "disableProduct");
        Objects.requireNonNull(createCoupon, "createCoupon");
        Objects.requireNonNull(updateCoupon, "updateCoupon");
        Objects.requireNonNull(disableCoupon, "disableCoupon");
        Objects.requireNonNull(updateUser, "updateUser");
    }
}
