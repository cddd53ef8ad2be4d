package spanel.adapter.persistence.shop;

import static spanel.adapter.persistence.generated.Tables.PURCHASES;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.generated.tables.records.PurchasesRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.shop.port.out.Purchases;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.Purchase;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/** Purchases with their snapshot: the product's content as sold, and the entitlement it left, as JSON in {@code granted}. */
public final class JooqPurchases implements Purchases {

    /** Recorded in every purchase: a constant statement on PostgreSQL (see {@link HotPath}). */
    private static final String PG_RECORD = "INSERT INTO purchases (user_id, product_id, product_name, price, paid, coupon_code, granted)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqPurchases(DSLContext dsl) {
        this.hotPath = new HotPath(dsl);
        this.dsl = dsl;
    }

    @Override
    public PurchaseId record(UserId buyer, Purchase purchase, Entitlement after) {
        String granted = PlanContentJson.writeGranted(purchase.content(), after);
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return PurchaseId.of(hotPath.query(PG_RECORD, rows -> {
                rows.next();
                return rows.getLong(1);
            }, buyer.value(), purchase.productId().value(), purchase.productName(), purchase.price().fen(), purchase.paid().fen(),
                    purchase.couponCode().orElse(null), granted));
        }
        return PurchaseId.of(dsl.insertInto(PURCHASES)
                .set(PURCHASES.USER_ID, buyer.value())
                .set(PURCHASES.PRODUCT_ID, purchase.productId().value())
                .set(PURCHASES.PRODUCT_NAME, purchase.productName())
                .set(PURCHASES.PRICE, purchase.price().fen())
                .set(PURCHASES.PAID, purchase.paid().fen())
                .set(PURCHASES.COUPON_CODE, purchase.couponCode().orElse(null))
                .set(PURCHASES.GRANTED, granted)
                .returning(PURCHASES.ID)
                .fetchOne(PURCHASES.ID));
    }

    @Override
    public int countOf(UserId buyer, ProductId productId) {
        return dsl.fetchCount(PURCHASES, PURCHASES.USER_ID.eq(buyer.value()).and(PURCHASES.PRODUCT_ID.eq(productId.value())));
    }

    @Override
    public Page<PastPurchase> of(UserId buyer, PageRequest page) {
        var mine = PURCHASES.USER_ID.eq(buyer.value());
        var items = dsl.selectFrom(PURCHASES).where(mine)
                .orderBy(PURCHASES.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(JooqPurchases::toPastPurchase);
        return new Page<>(items, dsl.fetchCount(PURCHASES, mine), page);
    }

    private static PastPurchase toPastPurchase(PurchasesRecord row) {
        return new PastPurchase(PurchaseId.of(row.getId()), new Purchase(ProductId.of(row.getProductId()), row.getProductName(),
                Money.ofFen(row.getPrice()), Money.ofFen(row.getPaid()), Optional.ofNullable(row.getCouponCode()),
                PlanContentJson.read(row.getGranted())), Times.instant(row.getCreatedAt()));
    }
}
