package spanel.application.giftcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.common.port.out.ServerSecrets;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.in.RedeemGiftCard;
import spanel.application.giftcard.port.out.GiftCards;
import spanel.application.shop.port.out.Products;
import spanel.domain.audit.AuditEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.common.MovableClock;
import spanel.domain.error.Refusal;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.giftcard.GiftCardCode;
import spanel.domain.giftcard.GiftCardId;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.shop.Product;
import spanel.domain.shop.ProductId;
import spanel.domain.shop.ProductSpec;
import spanel.domain.shop.PurchaseId;
import spanel.domain.user.UserId;

class GiftCardServicesTest {

    private static final UserId ADMIN = new UserId(1);
    private static final UserId ALICE = new UserId(7);

    private final MovableClock clock = MovableClock.at("2026-05-01T10:00:00Z");
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final Map<String, String> secrets = new HashMap<>();
    private final ServerSecrets serverSecrets = (name, proposal) -> secrets.computeIfAbsent(name, n -> proposal.get());
    private final FakeCards cards = new FakeCards();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final Map<UserId, Long> money = new HashMap<>();

    private final Balances balances = new Balances() {
        @Override
        public Optional<Money> adjust(UserId user, long deltaFen) {
            return Optional.of(Money.ofFen(money.merge(user, deltaFen, Long::sum)));
        }

        @Override
        public void book(LedgerEntry entry) {
            ledger.add(entry);
        }
    };

    private final class FakeCards implements GiftCards {
        final List<NewCard> added = new ArrayList<>();
        final Map<Long, Integer> usesLeft = new HashMap<>();
        final List<String> redemptions = new ArrayList<>();

        private GiftCard card(int index) {
            NewCard c = added.get(index);
            long id = index + 1;
            return new GiftCard(new GiftCardId(id), c.hint(), c.batch(), c.value(), c.plan(), c.uses(), usesLeft.get(id),
                    c.expiresAt(), c.createdAt());
        }

        @Override
        public GiftCardId add(NewCard card) {
            added.add(card);
            usesLeft.put((long) added.size(), card.uses());
            return new GiftCardId(added.size());
        }

        @Override
        public Optional<GiftCard> findByHash(String codeHash) {
            for (int i = 0; i < added.size(); i++) {
                if (added.get(i).codeHash().equals(codeHash)) {
                    return Optional.of(card(i));
                }
            }
            return Optional.empty();
        }

        @Override
        public Optional<Long> recordRedemption(GiftCardId card, UserId user, Money credited, Instant now) {
            String key = card + "/" + user;
            if (redemptions.contains(key)) {
                return Optional.empty();
            }
            redemptions.add(key);
            return Optional.of((long) redemptions.size());
        }

        @Override
        public boolean takeOneUse(GiftCardId card, Instant now) {
            return usesLeft.merge(card.value(), -1, Integer::sum) >= 0;
        }

        @Override
        public void purchased(long redemption, PurchaseId purchase) {
        }

        @Override
        public Page<GiftCard> list(Optional<String> state, Optional<String> batch, Instant now, PageRequest page) {
            List<GiftCard> all = new ArrayList<>();
            for (int i = 0; i < added.size(); i++) {
                all.add(card(i));
            }
            return Page.slice(all, page);
        }
    }

    private final Products noPlans = new Products() {
        @Override
        public List<Product> all() {
            return List.of();
        }

        @Override
        public ProductId add(ProductSpec spec) {
            throw new AssertionError("not used");
        }

        @Override
        public Optional<Product> find(ProductId id) {
            return Optional.empty();
        }

        @Override
        public boolean replace(ProductId id, ProductSpec spec) {
            throw new AssertionError("not used");
        }

        @Override
        public boolean takeOneFromStock(ProductId id) {
            throw new AssertionError("not used");
        }

        @Override
        public java.util.Set<ProductId> missing(java.util.Set<ProductId> ids) {
            return ids;
        }
    };

    private CreateGiftCards.Created create(Optional<UserId> admin, int uses, Optional<Instant> expiresAt) {
        return new CreateGiftCardsService(cards, noPlans, new GiftCardKeys(serverSecrets, new Random(1)), audit::add, transactions,
                new Random(2), clock).create(new CreateGiftCards.Command(admin, 2, Optional.of(Money.ofFen(1_000)), Optional.empty(),
                uses, expiresAt));
    }

    private RedeemGiftCard.Redeemed redeem(UserId user, String code) {
        return new RedeemGiftCardService(cards, new GiftCardKeys(serverSecrets, new Random(3)), balances, noPlans,
                command -> { throw new AssertionError("an amount card buys nothing"); }, transactions, clock)
                .redeem(new RedeemGiftCard.Command(user, code));
    }

    private static String code(Throwable refusal) {
        return ((Refusal) refusal).code();
    }

    @Test
    void createdCodesAreStoredAsTheirKeyedHashOnlyAndTheCreationIsAudited() {
        CreateGiftCards.Created created = create(Optional.of(ADMIN), 1, Optional.empty());

        String code = created.cards().getFirst().code();
        String normalised = GiftCardCode.normalise(code).orElseThrow();
        byte[] key = java.util.Base64.getDecoder().decode(secrets.get(GiftCardKeys.KEY_NAME));
        assertThat(cards.added.getFirst().codeHash()).isEqualTo(GiftCardCode.hash(normalised, key)).doesNotContain(normalised);
        assertThat(cards.added.getFirst().hint()).isEqualTo(normalised.substring(0, 4));
        assertThat(cards.added).extracting(GiftCards.NewCard::batch).containsOnly(created.batch());
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("giftcard.create");
            assertThat(entry.detail()).contains("count=2", "value=10.00").doesNotContain(code);
        });
    }

    @Test
    void theCommandLineCreatesWithoutAnAdminAndSoWithoutAnAuditEntry() {
        create(Optional.empty(), 1, Optional.empty());

        assertThat(cards.added).hasSize(2).allSatisfy(card -> assertThat(card.createdBy()).isEmpty());
        assertThat(audit).isEmpty();
    }

    @Test
    void aRedeemedCodeCreditsTheBalanceWithAGiftcardLedgerRow() {
        String code = create(Optional.of(ADMIN), 1, Optional.empty()).cards().getFirst().code();

        RedeemGiftCard.Redeemed redeemed = redeem(ALICE, code.toLowerCase());

        assertThat(redeemed.credited()).isEqualTo(Money.ofFen(1_000));
        assertThat(redeemed.balance()).isEqualTo(Money.ofFen(1_000));
        assertThat(ledger).singleElement().satisfies(entry -> {
            assertThat(entry.sourceType()).isEqualTo("giftcard");
            assertThat(entry.deltaFen()).isEqualTo(1_000);
        });
        assertThatThrownBy(() -> redeem(ALICE, code)).satisfies(e -> assertThat(code(e)).isEqualTo("giftcard_already_redeemed"));
        assertThatThrownBy(() -> redeem(new UserId(8), code)).satisfies(e -> assertThat(code(e)).isEqualTo("giftcard_used_up"));
        assertThat(transactions.rolledBack()).isEqualTo(2);
        assertThat(ledger).hasSize(1);
    }

    @Test
    void unknownMalformedAndExpiredCodesAreRefusedBeforeAnyTransaction() {
        String code = create(Optional.of(ADMIN), 1, Optional.of(clock.instant().plus(Duration.ofHours(1)))).cards().getFirst().code();
        int opened = transactions.opened();
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> redeem(ALICE, code)).satisfies(e -> assertThat(code(e)).isEqualTo("giftcard_expired"));
        assertThatThrownBy(() -> redeem(ALICE, "22222-22222-22222-22222")).satisfies(e -> assertThat(code(e))
                .isEqualTo("giftcard_not_found"));
        assertThatThrownBy(() -> redeem(ALICE, "not a code")).satisfies(e -> assertThat(code(e)).isEqualTo("giftcard_not_found"));

        assertThat(transactions.opened()).isEqualTo(opened);
        assertThat(ledger).isEmpty();
    }
}
