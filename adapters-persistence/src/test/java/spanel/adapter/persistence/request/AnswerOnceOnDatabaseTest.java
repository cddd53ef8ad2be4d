package spanel.adapter.persistence.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.IDEMPOTENCY_KEYS;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;
import static spanel.domain.shop.Plans.aPlan;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.shop.JooqBuyers;
import spanel.adapter.persistence.shop.JooqCouponRedemptions;
import spanel.adapter.persistence.shop.JooqCoupons;
import spanel.adapter.persistence.shop.JooqProducts;
import spanel.adapter.persistence.shop.JooqPurchases;
import spanel.adapter.persistence.support.JooqTransactionRunner;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.common.CountingMeters;
import spanel.application.request.AnswerOnceService;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.shop.BuyPlanService;
import spanel.application.shop.port.in.BuyPlan;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.error.IdempotencyInProgress;
import spanel.domain.error.IdempotencyMismatch;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * A request sent twice with one Idempotency-Key is carried out once, on both databases, also when
 * the two arrive at once from two instances: the work is a real purchase, and the money must add up.
 */
class AnswerOnceOnDatabaseTest extends PersistenceContractTest {

    private final MovableClock clock = MovableClock.runningFromNow();

    /** One instance of the panel: its own services over the shared database. */
    private AnswerOnce answerOnce() {
        return new AnswerOnceService(new JooqIdempotentAnswers(dsl()), new JooqTransactionRunner(dsl()), clock);
    }

    private BuyPlan buyPlan() {
        return new BuyPlanService(new BuyPlanService.Ports(new JooqProducts(dsl()), new JooqCoupons(dsl()),
                new JooqCouponRedemptions(dsl()), new JooqBuyers(dsl()), new JooqBalances(dsl()), new JooqPurchases(dsl())),
                new JooqTransactionRunner(dsl()), new CountingMeters(), clock, ZoneOffset.UTC);
    }

    private UserId aUserWith(long fen) {
        UserId user = new JooqUserAccounts(dsl()).add(named(uniqueEmail("once")));
        JooqBalances balances = new JooqBalances(dsl());
        transactions().inTransaction(() -> balances.book(new LedgerEntry(user, fen, balances.adjust(user, fen).orElseThrow(),
                LedgerEntry.ADMIN, "seed-" + UUID.randomUUID(), "seed")));
        return user;
    }

    private ProductId aPlanAt(long fen) {
        return new JooqProducts(dsl()).add(aPlan().named("Plan " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(fen).withStock(OptionalInt.empty()).build());
    }

    /** A purchase under the key, answering the purchase id as the body. */
    private AnswerOnce.Answered buyOnce(AnswerOnce once, UserId user, ProductId product, String key, String fingerprint) {
        return once.answer(new AnswerOnce.Command(user, key, fingerprint),
                () -> buyPlan().buy(new BuyPlan.Command(user, product, Optional.empty())).purchaseId().toString());
    }

    @Test
    void theSameKeyAgainReplaysTheFirstAnswerAndBuysNothing() {
        UserId user = aUserWith(5_000);
        ProductId plan = aPlanAt(1_000);

        AnswerOnce.Answered first = buyOnce(answerOnce(), user, plan, "key-1", "f1");
        AnswerOnce.Answered again = buyOnce(answerOnce(), user, plan, "key-1", "f1");

        assertThat(first.repeat()).isFalse();
        assertThat(again).isEqualTo(new AnswerOnce.Answered(first.body(), true));
        assertThat(purchases(user)).isEqualTo(1);
        assertThat(money(user)).isEqualTo(4_000).isEqualTo(ledgerSum(user));
    }

    @Test
    void anotherRequestUnderTheKeyIsRefusedAndNothingIsDone() {
        UserId user = aUserWith(5_000);
        ProductId plan = aPlanAt(1_000);
        buyOnce(answerOnce(), user, plan, "key-1", "f1");

        assertThatThrownBy(() -> buyOnce(answerOnce(), user, aPlanAt(2_000), "key-1", "f2"))
                .isInstanceOf(IdempotencyMismatch.class);

        assertThat(purchases(user)).isEqualTo(1);
        assertThat(money(user)).isEqualTo(4_000).isEqualTo(ledgerSum(user));
    }

    @Test
    void keysAreTheUsersOwn() {
        UserId alice = aUserWith(5_000);
        UserId bob = aUserWith(5_000);
        ProductId plan = aPlanAt(1_000);

        buyOnce(answerOnce(), alice, plan, "shared", "f1");
        AnswerOnce.Answered bobs = buyOnce(answerOnce(), bob, plan, "shared", "f1");

        assertThat(bobs.repeat()).isFalse();
        assertThat(purchases(bob)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForTheRetry() {
        UserId user = aUserWith(500);
        ProductId plan = aPlanAt(1_000);

        assertThatThrownBy(() -> buyOnce(answerOnce(), user, plan, "key-1", "f1")).isInstanceOf(InsufficientBalance.class);
        assertThat(dsl().fetchCount(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.USER_ID.eq(user.value()))).isZero();

        topUp(user, 1_000);
        AnswerOnce.Answered retried = buyOnce(answerOnce(), user, plan, "key-1", "f1");
        assertThat(retried.repeat()).isFalse();
        assertThat(purchases(user)).isEqualTo(1);
        assertThat(money(user)).isEqualTo(500).isEqualTo(ledgerSum(user));
    }

    @Test
    void after24HoursTheKeyStartsANewRequestAndOldKeysAreForgotten() {
        UserId user = aUserWith(5_000);
        ProductId plan = aPlanAt(1_000);
        buyOnce(answerOnce(), user, plan, "key-1", "f1");
        buyOnce(answerOnce(), user, plan, "key-2", "f1");

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        AnswerOnce.Answered later = buyOnce(answerOnce(), user, plan, "key-1", "f-other");

        assertThat(later.repeat()).isFalse();
        assertThat(purchases(user)).isEqualTo(3);
        int forgotten = new JooqIdempotentAnswers(dsl()).forgetBefore(clock.instant().minus(AnswerOnceService.RETENTION));
        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(dsl().fetchCount(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.USER_ID.eq(user.value()))).isEqualTo(1);
    }

    @Test
    void racingRequestsWithOneKeyFromTwoInstancesBuyOnceAndAllGetTheFirstAnswer() throws Exception {
        UserId user = aUserWith(50_000);
        ProductId plan = aPlanAt(1_000);
        List<AnswerOnce> instances = List.of(answerOnce(), answerOnce());
        AtomicInteger done = new AtomicInteger();

        List<Object> outcomes = Races.race(12, i -> () -> {
            AnswerOnce.Answered answered = buyOnce(instances.get(i % 2), user, plan, "double-click", "f1");
            done.incrementAndGet();
            return answered;
        });

        assertThat(done).hasValue(12);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(AnswerOnce.Answered.class));
        List<AnswerOnce.Answered> answers = outcomes.stream().map(AnswerOnce.Answered.class::cast).toList();
        assertThat(answers).filteredOn(a -> !a.repeat()).hasSize(1);
        assertThat(answers).extracting(AnswerOnce.Answered::body).containsOnly(answers.getFirst().body());
        assertThat(purchases(user)).isEqualTo(1);
        assertThat(money(user)).isEqualTo(49_000).isEqualTo(ledgerSum(user));
    }

    /** A call out under the key: the work sees what other connections see, and answers a body. */
    private AnswerOnce.Answered callOnce(AnswerOnce once, UserId user, String key, Supplier<String> work) {
        return once.answer(new AnswerOnce.Command(user, key, "f1", true), work);
    }

    @Test
    void workThatCallsOutRunsWithTheClaimCommittedAndNoTransactionOpen() {
        UserId user = aUserWith(100);
        List<Integer> claimsSeenFromOutside = new ArrayList<>();

        AnswerOnce.Answered first = callOnce(answerOnce(), user, "pay-1", () -> {
            // Outside any transaction, dsl() takes a connection of its own: the claim is committed.
            claimsSeenFromOutside.add(dsl().fetchCount(IDEMPOTENCY_KEYS, IDEMPOTENCY_KEYS.USER_ID.eq(user.value())
                    .and(IDEMPOTENCY_KEYS.REQUEST_KEY.eq("pay-1")).and(IDEMPOTENCY_KEYS.ANSWER.isNull())));
            return "{\"order\":1}";
        });
        AnswerOnce.Answered again = callOnce(answerOnce(), user, "pay-1", () -> {
            throw new AssertionError("must not run");
        });

        assertThat(claimsSeenFromOutside).containsExactly(1);
        assertThat(first).isEqualTo(new AnswerOnce.Answered("{\"order\":1}", false));
        assertThat(again).isEqualTo(new AnswerOnce.Answered("{\"order\":1}", true));
    }

    @Test
    void theSameKeyWhileTheFirstStillWaitsForItsGatewayIsRefusedAsInProgress() throws Exception {
        UserId user = aUserWith(100);
        CountDownLatch calling = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<AnswerOnce.Answered> first = pool.submit(() -> callOnce(answerOnce(), user, "pay-1", () -> {
                calling.countDown();
                try {
                    answer.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return "{\"order\":1}";
            }));
            calling.await();

            assertThatThrownBy(() -> callOnce(answerOnce(), user, "pay-1", () -> "{\"order\":2}"))
                    .isInstanceOf(IdempotencyInProgress.class);
            assertThatThrownBy(() -> callOnce(answerOnce(), user, "pay-1", () -> "{\"order\":2}"))
                    .isInstanceOf(IdempotencyInProgress.class);

            answer.countDown();
            assertThat(first.get().body()).isEqualTo("{\"order\":1}");
        }
        assertThat(callOnce(answerOnce(), user, "pay-1", () -> "{\"order\":3}"))
                .isEqualTo(new AnswerOnce.Answered("{\"order\":1}", true));
    }

    @Test
    void aCallOutThatFailsFreesTheKeyForTheRetry() {
        UserId user = aUserWith(100);

        assertThatThrownBy(() -> callOnce(answerOnce(), user, "pay-1", () -> {
            throw new GatewayFailed("stripe did not answer");
        })).isInstanceOf(GatewayFailed.class);
        AnswerOnce.Answered retried = callOnce(answerOnce(), user, "pay-1", () -> "{\"order\":2}");

        assertThat(retried).isEqualTo(new AnswerOnce.Answered("{\"order\":2}", false));
    }

    @Test
    void aClaimLeftWithoutAnAnswerByAStoppedProcessGivesWayAfterTwoMinutes() {
        UserId user = aUserWith(100);
        new JooqIdempotentAnswers(dsl()).claim(user, "pay-1", "f1", clock.instant(), clock.instant().minus(AnswerOnceService.RETENTION),
                clock.instant().minus(AnswerOnceService.ABANDONED_AFTER));

        assertThatThrownBy(() -> callOnce(answerOnce(), user, "pay-1", () -> "{\"order\":2}"))
                .isInstanceOf(IdempotencyInProgress.class);
        clock.advance(AnswerOnceService.ABANDONED_AFTER.plusSeconds(1));

        assertThat(callOnce(answerOnce(), user, "pay-1", () -> "{\"order\":2}"))
                .isEqualTo(new AnswerOnce.Answered("{\"order\":2}", false));
    }

    private void topUp(UserId user, long fen) {
        JooqBalances balances = new JooqBalances(dsl());
        transactions().inTransaction(() -> balances.book(new LedgerEntry(user, fen, balances.adjust(user, fen).orElseThrow(),
                LedgerEntry.ADMIN, "top-" + UUID.randomUUID(), "top-up")));
    }

    private int purchases(UserId user) {
        return dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(user.value()));
    }

    private long money(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }

    private long ledgerSum(UserId user) {
        BigDecimal sum = dsl().select(DSL.sum(BALANCE_LEDGER.DELTA)).from(BALANCE_LEDGER)
                .where(BALANCE_LEDGER.USER_ID.eq(user.value())).fetchOne(0, BigDecimal.class);
        return sum == null ? 0 : sum.longValue();
    }
}
