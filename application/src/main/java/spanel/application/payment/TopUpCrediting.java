package spanel.application.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.application.payment.port.out.Commissions;
import spanel.application.payment.port.out.OrderPlans;
import spanel.application.payment.port.out.PaymentEvents;
import spanel.application.payment.port.out.TopUpOrders;
import spanel.application.shop.port.in.BuyPlan;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.Refusal;
import spanel.domain.money.Money;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.payment.AlreadyPaid;
import spanel.domain.payment.CommissionRate;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.PaymentNotice;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/**
 * The one path by which a top-up is credited, shared by gateway notifications and the DEBUG
 * confirm. In one transaction: the payment event (its unique keys make the first delivery win), the
 * guarded status change, the balance with its ledger row, and the inviter's commission with its
 * row in the commission ledger, and for a checkout's order the purchase of its plan. Any failure rolls all of it back, so
 * a retried notification finds nothing half done; only a plan that can no longer be bought (sold
 * out, coupon used up, limit reached) is taken back alone: the payment stays in the balance and
 * the order is flagged for the operator.
 */
public final class TopUpCrediting {

    /** What a payment did to its order: this class alone decides whether the order was paid already. */
    public enum Outcome {
        /** Credited now. */
        CREDITED,
        /** Credited now though the order had been closed; flagged for the operator's review. */
        CREDITED_AFTER_CLOSE,
        /** Paid before, by this same payment or by a path that left no event: nothing changes. */
        ALREADY_CREDITED,
        /** Paid before by another payment (the user paid twice): not credited, flagged for the operator. */
        ANOTHER_PAYMENT_FLAGGED
    }

    static final String TOPUP = "topup";

    private final TopUpOrders orders;
    private final PaymentEvents events;
    private final Balances balances;
    private final UserAccounts accounts;
    private final Commissions commissions;
    private final CommissionRate rate;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final OrderPlans plans;
    private final BuyPlan buyPlan;
    private final Notices notices;

    /** Raises no notices. */
    public TopUpCrediting(TopUpOrders orders, PaymentEvents events, Balances balances, UserAccounts accounts,
            Commissions commissions, CommissionRate rate, TransactionRunner transactions, Clock clock,
            OrderPlans plans, BuyPlan buyPlan) {
        this(orders, events, balances, accounts, commissions, rate, transactions, clock, plans, buyPlan, Notices.none());
    }

    /** Raises "payment credited" for each credit, in the credit's transaction. */
    public TopUpCrediting(TopUpOrders orders, PaymentEvents events, Balances balances, UserAccounts accounts,
            Commissions commissions, CommissionRate rate, TransactionRunner transactions, Clock clock,
            OrderPlans plans, BuyPlan buyPlan, Notices notices) {
        this.orders = Objects.requireNonNull(orders);
        this.events = Objects.requireNonNull(events);
        this.balances = Objects.requireNonNull(balances);
        this.accounts = Objects.requireNonNull(accounts);
        this.commissions = Objects.requireNonNull(commissions);
        this.rate = Objects.requireNonNull(rate);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
        this.plans = Objects.requireNonNull(plans);
        this.buyPlan = Objects.requireNonNull(buyPlan);
        this.notices = Objects.requireNonNull(notices);
    }

    /**
     * Credits the order with a gateway's payment; the caller has checked that the amounts match. For
     * an order paid already, a repeat of the payment that paid it changes nothing, and another payment
     * is not credited but flags the order for the operator, who refunds or credits it by hand.
     */
    public Outcome credit(TopUpOrder order, PaymentNotice notice) {
        Outcome outcome = creditUnlessPaid(order, notice);
        return outcome == Outcome.ALREADY_CREDITED ? flagIfAnotherPayment(order, notice) : outcome;
    }

    /** Credits the order with a payment confirmed by hand: as {@link #credit}, but a paid order is only ALREADY_CREDITED. */
    public Outcome creditByHand(TopUpOrder order, PaymentNotice notice) {
        return creditUnlessPaid(order, notice);
    }

    private Outcome creditUnlessPaid(TopUpOrder order, PaymentNotice notice) {
        if (!order.total().equals(notice.amount())) {
            throw new IllegalArgumentException("the notice's amount differs from the order's");
        }
        if (order.status() == OrderStatus.PAID) {
            return Outcome.ALREADY_CREDITED;
        }
        try {
            return transactions.inTransaction(() -> creditOnce(order, notice));
        } catch (AlreadyPaid e) {
            return Outcome.ALREADY_CREDITED;
        }
    }

    private Outcome flagIfAnotherPayment(TopUpOrder order, PaymentNotice notice) {
        return transactions.inTransaction(() -> {
            if (events.isRecorded(notice.gateway(), notice.gatewayTradeNo())) {
                return Outcome.ALREADY_CREDITED;
            }
            orders.flagForReview(order.id(), "another payment (" + notice.gateway() + " " + notice.gatewayTradeNo() + ", "
                    + notice.amount() + ") arrived after the order was paid: refund it or credit it by hand");
            return Outcome.ANOTHER_PAYMENT_FLAGGED;
        });
    }

    private Outcome creditOnce(TopUpOrder order, PaymentNotice notice) {
        if (!events.recordFirst(order.id(), notice)) {
            return Outcome.ALREADY_CREDITED;
        }
        Instant now = clock.instant();
        Outcome outcome = Outcome.CREDITED;
        if (!orders.markPaidIfUnpaid(order.id(), now)) {
            if (!orders.markPaidIfClosed(order.id(), now,
                    "paid through " + notice.gateway() + " after the order was closed; credited to the balance")) {
                // Paid by some path that left no event: undo this event rather than credit twice.
                throw new AlreadyPaid("order " + order.id() + " is paid already");
            }
            outcome = Outcome.CREDITED_AFTER_CLOSE;
        }
        book(order.userId(), order.total(), TOPUP, order.id(), "top-up " + order.tradeNo());
        notices.raise(Notice.toUser(NoticeEvent.PAYMENT_CREDITED, order.userId(), "order:" + order.id(),
                Map.of("order_id", order.id().toString(), "amount", order.total().toDecimalString(), "trade_no", order.tradeNo())));
        if (!rate.isZero()) {
            accounts.find(order.userId()).flatMap(UserAccount::inviter)
                    .ifPresent(inviter -> payCommission(inviter, order));
        }
        plans.planOf(order.id()).ifPresent(plan -> buyOnPayment(order, plan));
        return outcome;
    }

    /**
     * The checkout's purchase, from the balance just credited. The purchase runs in a nested
     * transaction, so a refusal takes back only its own writes and the credit stands.
     */
    private void buyOnPayment(TopUpOrder order, OrderPlans.PlanOnOrder plan) {
        try {
            plans.bought(order.id(), buyPlan.buy(new BuyPlan.Command(order.userId(), plan.product(), plan.coupon())).purchaseId());
        } catch (Refusal refusal) {
            orders.flagForReview(order.id(), "paid, but the plan could not be bought (" + refusal.code() + ": "
                    + refusal.getMessage() + "); the payment stays in the user's balance");
        }
    }

    /**
     * The inviter's share lands in their commission balance, not the spendable one. On the first
     * order only: the invitee's balance was credited above, which locks their row until commit, so
     * two of their orders paid at once are settled one after the other and the second sees the
     * first's commission.
     */
    private void payCommission(UserId inviter, TopUpOrder order) {
        Money share = rate.of(order.total());
        if (share.isZero() || rate.firstOrderOnly() && commissions.anyFrom(order.userId())) {
            return;
        }
        commissions.record(inviter, order.userId(), order.id(), share,
                "commission on order " + order.tradeNo() + " of user " + order.userId());
    }

    private void book(UserId user, Money amount, String sourceType, OrderId orderId, String note) {
        Money balance = balances.adjust(user, amount.fen())
                .orElseThrow(() -> new IllegalStateException("user " + user + " vanished while being credited"));
        balances.book(new LedgerEntry(user, amount.fen(), balance, sourceType, orderId.toString(), note));
    }
}
