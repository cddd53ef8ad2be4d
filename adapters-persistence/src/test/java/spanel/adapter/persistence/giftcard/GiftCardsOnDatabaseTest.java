package spanel.adapter.persistence.giftcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.GIFT_CARDS;
import static spanel.adapter.persistence.generated.Tables.GIFT_CARD_REDEMPTIONS;
import static spanel.adapter.persistence.generated.Tables.PURCHASES;
import static spanel.adapter.persistence.generated.Tables.USERS;
import static spanel.adapter.persistence.testing.SomeAccounts.named;
import static spanel.adapter.persistence.testing.SomeAccounts.uniqueEmail;
import static spanel.domain.shop.Plans.aPlan;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.common.JooqServerSecrets;
import spanel.adapter.persistence.shop.JooqBuyers;
import spanel.adapter.persistence.shop.JooqCouponRedemptions;
import spanel.adapter.persistence.shop.JooqCoupons;
import spanel.adapter.persistence.shop.JooqProducts;
import spanel.adapter.persistence.shop.JooqPurchases;
import spanel.adapter.persistence.testing.Ledgers;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Races;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.common.CountingMeters;
import spanel.application.giftcard.CreateGiftCardsService;
import spanel.application.giftcard.GiftCardKeys;
import spanel.application.giftcard.RedeemGiftCardService;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.in.RedeemGiftCard;
import spanel.application.shop.BuyPlanService;
import spanel.domain.common.MovableClock;
import spanel.domain.error.Refusal;
import spanel.domain.money.Money;
import spanel.domain.shop.PlanContent;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

/**
 * Gift cards on the real databases: a code credits exactly once per use however many redeem it at
 * once, a user redeems a card once, refused codes change nothing, and the table holds no code.
 */
class GiftCardsOnDatabaseTest extends PersistenceContractTest {

    private static final PlanContent MONTHLY = new PlanContent(OptionalLong.of(100), OptionalInt.of(2), OptionalInt.of(30),
            OptionalInt.of(30), false, OptionalInt.empty(), OptionalInt.empty());

    private final MovableClock clock = new MovableClock(Instant.parse("2026-05-01T10:00:00Z"));
    private GiftCardKeys keys() {
        return new GiftCardKeys(new JooqServerSecrets(dsl()), new SecureRandom());
    }

    private RedeemGiftCardService redeemer() {
        BuyPlanService buyPlan = new BuyPlanService(new BuyPlanService.Ports(new JooqProducts(dsl()), new JooqCoupons(dsl()),
                new JooqCouponRedemptions(dsl()), new JooqBuyers(dsl()), new JooqBalances(dsl()), new JooqPurchases(dsl())),
                transactions(), new CountingMeters(), clock, ZoneOffset.UTC);
        return new RedeemGiftCardService(new JooqGiftCards(dsl()), keys(), new JooqBalances(dsl()), new JooqProducts(dsl()),
                buyPlan, transactions(), clock);
    }

    private CreateGiftCards.Created create(int count, Optional<Money> value, Optional<ProductId> plan, int uses,
            Optional<Instant> expiresAt) {
        UserId admin = aUser();
        return new CreateGiftCardsService(new JooqGiftCards(dsl()), new JooqProducts(dsl()), keys(), entry -> { },
                transactions(), new SecureRandom(), clock)
                .create(new CreateGiftCards.Command(Optional.of(admin), count, value, plan, uses, expiresAt));
    }

    private String balanceCard(long fen, int uses) {
        return create(1, Optional.of(Money.ofFen(fen)), Optional.empty(), uses, Optional.empty()).cards().getFirst().code();
    }

    private UserId aUser() {
        return new JooqUserAccounts(dsl()).add(named(uniqueEmail("gift")));
    }

    private RedeemGiftCard.Redeemed redeem(UserId user, String code) {
        return redeemer().redeem(new RedeemGiftCard.Command(user, code));
    }

    private static String code(Object refusal) {
        return ((Refusal) refusal).code();
    }

    @Test
    void aBalanceCardCreditsItsValueWithItsLedgerRowOncePerUserAndUse() {
        String code = balanceCard(1_000, 2);
        UserId alice = aUser();
        UserId bob = aUser();
        UserId carol = aUser();

        RedeemGiftCard.Redeemed redeemed = redeem(alice, code.toLowerCase().replace("-", " "));

        assertThat(redeemed.credited()).isEqualTo(Money.ofFen(1_000));
        assertThat(redeemed.balance()).isEqualTo(Money.ofFen(1_000));
        assertThat(redeemed.plan()).isEmpty();
        assertThat(dsl().fetchValue(BALANCE_LEDGER.SOURCE_TYPE, BALANCE_LEDGER.USER_ID.eq(alice.value()))).isEqualTo("giftcard");
        assertThatThrownBy(() -> redeem(alice, code)).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("giftcard_already_redeemed");
        assertThat(redeem(bob, code).balance()).isEqualTo(Money.ofFen(1_000));
        assertThatThrownBy(() -> redeem(carol, code)).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("giftcard_used_up");
        assertThatThrownBy(() -> redeem(alice, code)).as("her own redemption is the clearer answer")
                .extracting(Refusal.class::cast).extracting(Refusal::code).isEqualTo("giftcard_already_redeemed");

        assertThat(money(alice)).isEqualTo(1_000);
        assertThat(money(carol)).isZero();
        Ledgers.assertBalanced(dsl());
    }

    @ParameterizedTest(name = "{0} use(s)")
    @ValueSource(ints = {1, 5})
    void twentyRacingRedeemsByDifferentUsersCreditExactlyOncePerUse(int uses) throws Exception {
        String code = balanceCard(500, uses);
        List<UserId> users = IntStream.range(0, 20).mapToObj(i -> aUser()).toList();

        List<Object> outcomes = Races.race(20, i -> () -> redeem(users.get(i), code));

        assertThat(outcomes).filteredOn(RedeemGiftCard.Redeemed.class::isInstance).hasSize(uses);
        assertThat(outcomes).filteredOn(Refusal.class::isInstance).hasSize(20 - uses)
                .allSatisfy(refusal -> assertThat(code(refusal)).isEqualTo("giftcard_used_up"));
        long cardId = ((RedeemGiftCard.Redeemed) outcomes.stream().filter(RedeemGiftCard.Redeemed.class::isInstance)
                .findFirst().orElseThrow()).giftCardId();
        assertThat(dsl().fetchCount(GIFT_CARD_REDEMPTIONS, GIFT_CARD_REDEMPTIONS.GIFT_CARD_ID.eq(cardId))).isEqualTo(uses);
        assertThat(dsl().fetchValue(GIFT_CARDS.USES_LEFT, GIFT_CARDS.ID.eq(cardId))).isZero();
        assertThat(users.stream().mapToLong(this::money).sum()).isEqualTo(500L * uses);
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void twentyRacingRedeemsByOneUserCreditOnce() throws Exception {
        String code = balanceCard(700, 10);
        UserId user = aUser();

        List<Object> outcomes = Races.race(20, i -> () -> redeem(user, code));

        assertThat(outcomes).filteredOn(RedeemGiftCard.Redeemed.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(Refusal.class::isInstance).hasSize(19)
                .allSatisfy(refusal -> assertThat(code(refusal)).isEqualTo("giftcard_already_redeemed"));
        assertThat(money(user)).isEqualTo(700);
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void aPlanCardBuysThePlanThroughThePurchaseAndTheLedgerShowsBoth() {
        ProductId plan = new JooqProducts(dsl()).add(aPlan().named("Gift " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(1_999).granting(MONTHLY).withStock(OptionalInt.of(3)).build());
        String code = create(1, Optional.empty(), Optional.of(plan), 1, Optional.empty()).cards().getFirst().code();
        UserId user = aUser();

        RedeemGiftCard.Redeemed redeemed = redeem(user, code);

        assertThat(redeemed.credited()).isEqualTo(Money.ofFen(1_999));
        assertThat(redeemed.plan()).hasValueSatisfying(bought -> assertThat(bought.productId()).isEqualTo(plan));
        assertThat(redeemed.balance()).isEqualTo(Money.ZERO);
        assertThat(dsl().fetchCount(PURCHASES, PURCHASES.USER_ID.eq(user.value()))).isEqualTo(1);
        assertThat(dsl().select(BALANCE_LEDGER.SOURCE_TYPE, BALANCE_LEDGER.DELTA).from(BALANCE_LEDGER)
                .where(BALANCE_LEDGER.USER_ID.eq(user.value())).orderBy(BALANCE_LEDGER.ID).fetch()
                .map(r -> r.value1() + " " + r.value2())).containsExactly("giftcard 1999", "purchase -1999");
        assertThat(dsl().fetchValue(GIFT_CARD_REDEMPTIONS.PURCHASE_ID, GIFT_CARD_REDEMPTIONS.USER_ID.eq(user.value())))
                .isNotNull();
        Ledgers.assertBalanced(dsl());
    }

    @Test
    void aPlanCardWhosePlanSoldOutIsRefusedWholeAndKeepsItsUse() {
        ProductId plan = new JooqProducts(dsl()).add(aPlan().named("Gone " + UUID.randomUUID().toString().substring(0, 6))
                .pricedAt(1_000).granting(MONTHLY).withStock(OptionalInt.of(0)).build());
        CreateGiftCards.Created created = create(1, Optional.empty(), Optional.of(plan), 1, Optional.empty());
        UserId user = aUser();

        assertThatThrownBy(() -> redeem(user, created.cards().getFirst().code()))
                .extracting(Refusal.class::cast).extracting(Refusal::code).isEqualTo("out_of_stock");

        long card = created.cards().getFirst().id();
        assertThat(dsl().fetchValue(GIFT_CARDS.USES_LEFT, GIFT_CARDS.ID.eq(card))).isEqualTo(1);
        assertThat(dsl().fetchCount(GIFT_CARD_REDEMPTIONS, GIFT_CARD_REDEMPTIONS.GIFT_CARD_ID.eq(card))).isZero();
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.USER_ID.eq(user.value()))).isZero();
        assertThat(money(user)).isZero();
    }

    @Test
    void expiredUnknownAndMalformedCodesAreRefusedAndChangeNothing() {
        String expiring = create(1, Optional.of(Money.ofFen(100)), Optional.empty(), 5,
                Optional.of(clock.instant().plus(Duration.ofDays(1)))).cards().getFirst().code();
        UserId user = aUser();
        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> redeem(user, expiring)).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("giftcard_expired");
        assertThatThrownBy(() -> redeem(user, "22222-22222-22222-22222")).extracting(Refusal.class::cast)
                .extracting(Refusal::code).isEqualTo("giftcard_not_found");
        assertThatThrownBy(() -> redeem(user, "<script>")).extracting(Refusal.class::cast).extracting(Refusal::code)
                .isEqualTo("giftcard_not_found");

        assertThat(money(user)).isZero();
        assertThat(dsl().fetchCount(GIFT_CARD_REDEMPTIONS, GIFT_CARD_REDEMPTIONS.USER_ID.eq(user.value()))).isZero();
    }

    @Test
    void theTableKeepsNoCodeOnlyItsKeyedHashAndFirstCharacters() throws Exception {
        CreateGiftCards.Created created = create(3, Optional.of(Money.ofFen(100)), Optional.empty(), 1, Optional.empty());

        assertThat(created.cards()).hasSize(3);
        for (CreateGiftCards.Issued issued : created.cards()) {
            String plain = issued.code().replace("-", "");
            var row = dsl().fetchSingle(GIFT_CARDS, GIFT_CARDS.ID.eq(issued.id()));
            assertThat(row.getCodeHash()).hasSize(64).doesNotContain(plain)
                    .isNotEqualTo(sha256(plain));
            assertThat(row.getCodeHint()).isEqualTo(plain.substring(0, 4));
            assertThat(row.getBatch()).isEqualTo(created.batch());
        }
    }

    /** An unkeyed hash, which anyone holding the table could check guesses against. */
    private static String sha256(String text) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private long money(UserId user) {
        return dsl().fetchValue(USERS.MONEY, USERS.ID.eq(user.value()));
    }
}
