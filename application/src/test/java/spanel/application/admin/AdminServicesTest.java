package spanel.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.domain.user.Users.aUser;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.admin.port.in.CreateUser;
import spanel.application.admin.port.in.SetUserBan;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.AccountFakes;
import spanel.application.user.NewAccounts;
import spanel.domain.audit.AuditEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.NotFound;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.PortRange;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class AdminServicesTest {

    private static final UserId ADMIN = new UserId(1);

    /** Balances in a map, guarded like the SQL update; the ledger in a list. */
    private static final class FakeBalances implements Balances {
        final Map<UserId, Long> money = new HashMap<>();
        final List<LedgerEntry> ledger = new ArrayList<>();

        @Override
        public Optional<Money> adjust(UserId user, long deltaFen) {
            Long current = money.get(user);
            if (current == null || current + deltaFen < 0) {
                return Optional.empty();
            }
            money.put(user, current + deltaFen);
            return Optional.of(Money.ofFen(current + deltaFen));
        }

        @Override
        public void book(LedgerEntry entry) {
            ledger.add(entry);
        }
    }

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final FakeBalances balances = new FakeBalances();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final NewAccounts newAccounts = new NewAccounts(accounts, new AccountFakes.Hasher(), transactions,
            new AccountDefaults(Traffic.ofGigabytes(1), 30, 0, 0), new PortRange(10_000, 60_000), new SplittableRandom(1),
            Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    private UserId aUserWith(long fen) {
        UserId id = newAccounts.open(Email.of("u" + accounts.stored.size() + "@example.com"), new Password("long enough"),
                Optional.empty(), false);
        balances.money.put(id, fen);
        return id;
    }

    private AdjustBalanceService adjust() {
        return new AdjustBalanceService(balances, accounts, audit::add, transactions);
    }

    @Test
    void anAdjustmentBooksOneLedgerEntryAndOneAuditEntryInOneTransaction() {
        UserId user = aUserWith(1_000);
        int before = transactions.opened();

        var adjusted = adjust().adjust(new AdjustBalance.Command(ADMIN, user, -250, "refund"));

        assertThat(adjusted.balance()).isEqualTo(Money.ofFen(750));
        assertThat(transactions.opened() - before).isEqualTo(1);
        assertThat(balances.ledger).singleElement().satisfies(entry -> {
            assertThat(entry.deltaFen()).isEqualTo(-250);
            assertThat(entry.balanceAfter()).isEqualTo(Money.ofFen(750));
            assertThat(entry.sourceType()).isEqualTo("admin");
            assertThat(entry.note()).isEqualTo("refund");
        });
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.adminId()).isEqualTo(ADMIN);
            assertThat(entry.action()).isEqualTo("user.balance");
            assertThat(entry.target()).isEqualTo("user:" + user);
            assertThat(entry.detail()).contains("amount=-2.50", "reason=refund", balances.ledger.getFirst().sourceId());
        });
    }

    @Test
    void eachAdjustmentHasASourceOfItsOwn() {
        UserId user = aUserWith(0);
        adjust().adjust(new AdjustBalance.Command(ADMIN, user, 100, "a"));
        adjust().adjust(new AdjustBalance.Command(ADMIN, user, 100, "b"));

        assertThat(balances.ledger.get(0).sourceId()).isNotEqualTo(balances.ledger.get(1).sourceId());
    }

    @Test
    void aDebitBelowZeroIsRefusedAndAnUnknownUserIsNotFound() {
        UserId user = aUserWith(100);

        assertThatThrownBy(() -> adjust().adjust(new AdjustBalance.Command(ADMIN, user, -101, "x")))
                .isInstanceOf(InsufficientBalance.class);
        assertThatThrownBy(() -> adjust().adjust(new AdjustBalance.Command(ADMIN, new UserId(999), 5, "x")))
                .isInstanceOf(NotFound.class);
        assertThat(balances.ledger).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void anAdjustmentNeedsANonZeroAmountWithinBoundsAndAReason() {
        assertThatThrownBy(() -> new AdjustBalance.Command(ADMIN, ADMIN, 0, "x")).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> new AdjustBalance.Command(ADMIN, ADMIN, AdjustBalance.Command.MAX_ABS_FEN + 1, "x"))
                .hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> new AdjustBalance.Command(ADMIN, ADMIN, 5, " ")).hasMessageStartingWith("reason:");
    }

    @Test
    void aUserCreatedWithABalanceHasItBookedAndWithoutOneHasNoEntry() {
        // The fake keeps balances only for users it knows: here a new user starts at zero.
        Balances startingAtZero = new Balances() {
            @Override
            public Optional<Money> adjust(UserId user, long deltaFen) {
                balances.money.putIfAbsent(user, 0L);
                return balances.adjust(user, deltaFen);
            }

            @Override
            public void book(LedgerEntry entry) {
                balances.book(entry);
            }
        };
        var create = new CreateUserService(newAccounts, startingAtZero, transactions);

        UserId rich = create.create(new CreateUser.Command(Email.of("rich@example.com"), new Password("long enough"), true,
                Money.ofFen(1_000))).user();
        create.create(new CreateUser.Command(Email.of("poor@example.com"), new Password("long enough"), false, Money.ZERO));

        assertThat(balances.money.get(rich)).isEqualTo(1_000);
        assertThat(accounts.find(rich).map(UserAccount::admin)).contains(true);
        assertThat(balances.ledger).singleElement().satisfies(entry -> assertThat(entry.userId()).isEqualTo(rich));
    }

    @Test
    void aBanIsAuditedAndAnUnknownUserIsNotFound() {
        AccountFakes.Accounts known = new AccountFakes.Accounts();
        known.stored.add(aUser(5).build());
        known.stored.add(aUser(6).build());
        UserDirectory directory = new UserDirectoryFake(known);
        AccountFakes.Tokens tokens = new AccountFakes.Tokens(new AccountFakes.Accounts());
        tokens.issue(new TokenHash("a".repeat(64)), new UserId(5), Instant.MAX, Instant.EPOCH);
        tokens.issue(new TokenHash("b".repeat(64)), new UserId(6), Instant.MAX, Instant.EPOCH);
        var service = new SetUserBanService(directory, tokens, new AccountFakes.Resets(), audit::add, transactions);

        service.set(new SetUserBan.Command(ADMIN, new UserId(5), true));
        service.set(new SetUserBan.Command(ADMIN, new UserId(5), false));

        assertThat(known.find(new UserId(5)).orElseThrow().banned()).isFalse();
        // The ban revoked the banned user's tokens, and the unban brought none back; others keep theirs.
        assertThat(tokens.issued.values()).extracting(AccountFakes.Tokens.Issued::holder).containsExactly(new UserId(6));
        assertThat(audit).extracting(AuditEntry::action).containsExactly("user.ban", "user.unban");
        assertThatThrownBy(() -> service.set(new SetUserBan.Command(ADMIN, new UserId(50), false))).isInstanceOf(NotFound.class);
        assertThat(audit).hasSize(2);
    }
}
