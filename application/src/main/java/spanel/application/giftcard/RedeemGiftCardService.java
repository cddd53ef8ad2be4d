package spanel.application.giftcard;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.giftcard.port.in.RedeemGiftCard;
import spanel.application.giftcard.port.out.GiftCards;
import spanel.application.shop.port.in.BuyPlan.PlanBought;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.shop.port.out.Products;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.giftcard.GiftCardCode;
import spanel.domain.giftcard.GiftCardRefused;
import spanel.domain.money.Money;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * Redeems a code in one transaction: the redemption row (unique per card and user), one use taken by
 * a guarded update, then the credit with its ledger row. A plan card credits the plan's price and
 * buys the plan with it through the ordinary purchase, so the ledger shows both; a plan that cannot
 * be bought (sold out, off sale) refuses the redemption whole and the card keeps its use.
 */
public final class RedeemGiftCardService implements RedeemGiftCard {

    static final String GIFTCARD = "giftcard";

    private final GiftCards cards;
    private final GiftCardKeys keys;
    private final Balances balances;
    private final Products products;
    private final BuyPlan buyPlan;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RedeemGiftCardService(GiftCards cards, GiftCardKeys keys, Balances balances, Products products, BuyPlan buyPlan,
            TransactionRunner transactions, Clock clock) {
        this.cards = Objects.requireNonNull(cards);
        this.keys = Objects.requireNonNull(keys);
        this.balances = Objects.requireNonNull(balances);
        this.products = Objects.requireNonNull(products);
        this.buyPlan = Objects.requireNonNull(buyPlan);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Redeemed redeem(Command command) {
        String code = GiftCardCode.normalise(command.code()).orElseThrow(GiftCardRefused::unknown);
        GiftCard card = cards.findByHash(keys.hash(code)).orElseThrow(GiftCardRefused::unknown);
        Instant now = clock.instant();
        if (card.hasExpiredAt(now)) {
            throw GiftCardRefused.expired();
        }
        // A card used up is found so in the transaction, after the user's own earlier redemption,
        // which is the clearer answer to give them.
        return transactions.inTransaction(() -> redeemOnce(command.user(), card, now));
    }

    private Redeemed redeemOnce(UserId user, GiftCard card, Instant now) {
        Money credit = card.plan().map(this::priceOf).orElse(card.value());
        long redemption = cards.recordRedemption(card.id(), user, credit, now).orElseThrow(GiftCardRefused::alreadyRedeemed);
        if (!cards.takeOneUse(card.id(), now)) {
            // Used up (or expired) since it was read: the redemption row goes with the rollback.
            throw card.hasExpiredAt(clock.instant()) ? GiftCardRefused.expired() : GiftCardRefused.usedUp();
        }
        Money balance = credit.isZero() ? Money.ZERO : credit(user, credit, redemption, card);
        Optional<PlanBought> bought = card.plan().map(plan -> buyPlan.buy(new BuyPlan.Command(user, plan, Optional.empty())));
        bought.ifPresent(plan -> cards.purchased(redemption, plan.purchaseId()));
        return new Redeemed(card.id().value(), credit, bought, bought.map(PlanBought::balance).orElse(balance));
    }

    private Money priceOf(ProductId plan) {
        // A plan gone from the catalogue: the purchase below refuses it with the usual not_found.
        return products.find(plan).map(product -> product.spec().price()).orElse(Money.ZERO);
    }

    private Money credit(UserId user, Money credit, long redemption, GiftCard card) {
        Money balance = balances.adjust(user, credit.fen())
                .orElseThrow(() -> new IllegalStateException("user " + user + " vanished while redeeming"));
        balances.book(new LedgerEntry(user, credit.fen(), balance, GIFTCARD, Long.toString(redemption),
                "gift card " + card.id() + " (" + card.hint() + "…)"));
        return balance;
    }
}
