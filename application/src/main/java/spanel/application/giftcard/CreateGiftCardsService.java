package spanel.application.giftcard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.out.GiftCards;
import spanel.application.shop.port.out.Products;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.InvalidInput;
import spanel.domain.giftcard.GiftCardCode;
import spanel.domain.giftcard.GiftCardId;
import spanel.domain.money.Money;

/** Draws the codes, stores their hashes in one transaction with the audit entry, and hands the codes back once. */
public final class CreateGiftCardsService implements CreateGiftCards {

    private final GiftCards cards;
    private final Products products;
    private final GiftCardKeys keys;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final RandomGenerator secureRandom;
    private final Clock clock;

    public CreateGiftCardsService(GiftCards cards, Products products, GiftCardKeys keys, AuditTrail audit,
            TransactionRunner transactions, RandomGenerator secureRandom, Clock clock) {
        this.cards = Objects.requireNonNull(cards);
        this.products = Objects.requireNonNull(products);
        this.keys = Objects.requireNonNull(keys);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
        this.secureRandom = Objects.requireNonNull(secureRandom);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Created create(Command command) {
        Instant now = clock.instant();
        if (command.expiresAt().isPresent() && !command.expiresAt().get().isAfter(now)) {
            throw new InvalidInput("expires_at", "must be in the future");
        }
        if (command.plan().isPresent() && products.find(command.plan().get()).isEmpty()) {
            throw new InvalidInput("shop_id", "no such plan");
        }
        String batch = UUID.randomUUID().toString();
        return transactions.inTransaction(() -> {
            List<Issued> issued = new ArrayList<>();
            for (int i = 0; i < command.count(); i++) {
                issued.add(issue(command, batch, now));
            }
            command.admin().ifPresent(admin -> audit.record(new AuditEntry(admin, "giftcard.create", "batch:" + batch,
                    "count=" + command.count() + "; " + worth(command) + "; uses=" + command.uses()
                            + command.expiresAt().map(at -> "; expires_at=" + at).orElse(""))));
            return new Created(batch, issued);
        });
    }

    private Issued issue(Command command, String batch, Instant now) {
        String code = GiftCardCode.random(secureRandom);
        String normalised = GiftCardCode.normalise(code).orElseThrow();
        GiftCardId id = cards.add(new GiftCards.NewCard(keys.hash(normalised), GiftCardCode.hint(normalised), batch,
                command.value().orElse(Money.ZERO), command.plan(), command.uses(), command.expiresAt(), command.admin(), now));
        return new Issued(id.value(), code);
    }

    private static String worth(Command command) {
        return command.value().map(v -> "value=" + v).orElseGet(() -> "plan=" + command.plan().orElseThrow());
    }
}
