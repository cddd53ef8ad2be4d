package spanel.application.shop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import spanel.application.balance.port.out.Balances;
import spanel.application.shop.port.out.Buyers;
import spanel.application.shop.port.out.CouponRedemptions;
import spanel.application.shop.port.out.Coupons;
import spanel.application.shop.port.out.Products;
import spanel.application.shop.port.out.Purchases;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.plan.ResetDay;
import spanel.domain.shop.Buyer;
import spanel.domain.shop.Coupon;
import spanel.domain.shop.CouponId;
import spanel.domain.shop.CouponSpec;
import spanel.domain.shop.Entitlement;
import spanel.domain.shop.PastPurchase;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.shop.Purchase;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

/**
 * Hand-written in-memory stand-ins for the shop's ports, keeping their rows in plain maps and
 * lists that tests read. Single-threaded: the database adapters' own tests cover races.
 */
final class ShopFakes {

    final Map<ProductId, ProductSpec> productRows = new HashMap<>();
    final Map<CouponId, Coupon> couponRows = new HashMap<>();
    final List<long[]> redemptionRows = new ArrayList<>();
    final Map<UserId, Buyer> buyerRows = new HashMap<>();
    final Set<UserId> trafficReset = new HashSet<>();
    final List<Purchase> purchaseRows = new ArrayList<>();
    /** Who made each of {@link #purchaseRows}, in the same order. */
    final List<UserId> purchaseBuyers = new ArrayList<>();
    final List<LedgerEntry> ledger = new ArrayList<>();

    final Products products = new Products() {
        @Override
        public List<Product> all() {
            return productRows.entrySet().stream().map(e -> new Product(e.getKey(), e.getValue())).toList();
        }

        @Override
        public ProductId add(ProductSpec spec) {
            ProductId id = ProductId.of(productRows.size() + 1L);
            productRows.put(id, spec);
            return id;
        }

        @Override
        public Optional<Product> find(ProductId id) {
            return Optional.ofNullable(productRows.get(id)).map(spec -> new Product(id, spec));
        }

        @Override
        public boolean replace(ProductId id, ProductSpec spec) {
            return productRows.replace(id, spec) != null;
        }

        @Override
        public boolean takeOneFromStock(ProductId id) {
            ProductSpec spec = productRows.get(id);
            if (spec.stock().isEmpty() || spec.stock().getAsInt() == 0) {
                return false;
            }
            productRows.put(id, spec.with(new ProductSpec.Changes(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(OptionalInt.of(spec.stock().getAsInt() - 1)))));
            return true;
        }

        @Override
        public Set<ProductId> missing(Set<ProductId> ids) {
            Set<ProductId> missing = new HashSet<>(ids);
            missing.removeAll(productRows.keySet());
            return missing;
        }
    };

    final Coupons coupons = new Coupons() {
        @Override
        public List<Coupon> all() {
            return List.copyOf(couponRows.values());
        }

        @Override
        public CouponId add(CouponSpec spec) {
            CouponId id = CouponId.of(couponRows.size() + 1L);
            couponRows.put(id, new Coupon(id, spec, 0));
            return id;
        }

        @Override
        public Optional<Coupon> find(CouponId id) {
            return Optional.ofNullable(couponRows.get(id));
        }

        @Override
        public Optional<Coupon> findByCode(String code) {
            return couponRows.values().stream().filter(c -> c.spec().code().equals(code)).findFirst();
        }

        @Override
        public boolean replace(CouponId id, CouponSpec spec) {
            Coupon current = couponRows.get(id);
            couponRows.put(id, new Coupon(id, spec, current.usedCount()));
            return true;
        }
    };

    final CouponRedemptions redemptions = new CouponRedemptions() {
        @Override
        public boolean claimUse(CouponId couponId) {
            Coupon coupon = couponRows.get(couponId);
            OptionalInt limit = coupon.spec().totalLimit();
            if (limit.isPresent() && coupon.usedCount() >= limit.getAsInt()) {
                return false;
            }
            couponRows.put(couponId, new Coupon(couponId, coupon.spec(), coupon.usedCount() + 1));
            return true;
        }

        @Override
        public int usesBy(CouponId couponId, UserId user) {
            return (int) redemptionRows.stream().filter(r -> r[0] == couponId.value() && r[1] == user.value()).count();
        }

        @Override
        public void record(CouponId couponId, UserId user, PurchaseId purchaseId) {
            redemptionRows.add(new long[] {couponId.value(), user.value(), purchaseId.value()});
        }
    };

    /** The node group each buyer was moved to by a purchase. */
    final java.util.Map<UserId, Integer> nodeGroups = new java.util.HashMap<>();

    final Buyers buyers = new Buyers() {
        @Override
        public Optional<Buyer> lock(UserId user) {
            return Optional.ofNullable(buyerRows.get(user));
        }

        @Override
        public Optional<Buyer> debit(UserId user, long fen) {
            return balances.adjust(user, -fen).map(balance -> buyerRows.get(user));
        }

        @Override
        public void grant(UserId user, Entitlement after, boolean resetTraffic) {
            Buyer buyer = buyerRows.get(user);
            buyerRows.put(user, new Buyer(user, buyer.balance(), after, buyer.resetDay()));
            if (resetTraffic) {
                trafficReset.add(user);
            }
        }

        @Override
        public void moveToNodeGroup(UserId user, int nodeGroup) {
            nodeGroups.put(user, nodeGroup);
        }

        @Override
        public void scheduleResets(UserId user, ResetDay day, Instant since) {
            Buyer buyer = buyerRows.get(user);
            buyerRows.put(user, new Buyer(user, buyer.balance(), buyer.entitlement(), Optional.of(day)));
        }
    };

    final Balances balances = new Balances() {
        @Override
        public Optional<Money> adjust(UserId user, long deltaFen) {
            Buyer buyer = buyerRows.get(user);
            if (buyer == null || buyer.balance().fen() + deltaFen < 0) {
                return Optional.empty();
            }
            Money after = Money.ofFen(buyer.balance().fen() + deltaFen);
            buyerRows.put(user, new Buyer(user, after, buyer.entitlement(), buyer.resetDay()));
            return Optional.of(after);
        }

        @Override
        public void book(LedgerEntry entry) {
            ledger.add(entry);
        }
    };

    final Purchases purchases = new Purchases() {
        @Override
        public PurchaseId record(UserId buyer, Purchase purchase, Entitlement after) {
            purchaseRows.add(purchase);
            purchaseBuyers.add(buyer);
            return PurchaseId.of(purchaseRows.size());
        }

        @Override
        public int countOf(UserId buyer, ProductId productId) {
            int count = 0;
            for (int i = 0; i < purchaseRows.size(); i++) {
                if (purchaseBuyers.get(i).equals(buyer) && purchaseRows.get(i).productId().equals(productId)) {
                    count++;
                }
            }
            return count;
        }

        @Override
        public Page<PastPurchase> of(UserId buyer, PageRequest page) {
            // Newest first; a purchase's time here is its place in the list, counted in seconds from the epoch.
            List<PastPurchase> mine = new ArrayList<>();
            for (int i = purchaseRows.size() - 1; i >= 0; i--) {
                if (purchaseBuyers.get(i).equals(buyer)) {
                    mine.add(new PastPurchase(PurchaseId.of(i + 1L), purchaseRows.get(i), Instant.EPOCH.plusSeconds(i)));
                }
            }
            return new Page<>(mine.stream().skip(page.offset()).limit(page.size()).toList(), mine.size(), page);
        }
    };

    Coupon coupon(CouponId id) {
        return couponRows.get(id);
    }
}
