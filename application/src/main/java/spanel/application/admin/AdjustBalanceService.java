package spanel.application.admin;

import java.util.Objects;
import java.util.UUID;
import spanel.application.admin.port.in.AdjustBalance;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.audit.AuditEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.error.NotFound;
import spanel.domain.error.Refusal;
import spanel.domain.money.InsufficientBalance;
import spanel.domain.money.Money;

public final class AdjustBalanceService implements AdjustBalance {

    private final Balances balances;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public AdjustBalanceService(Balances balances, UserAccounts accounts, AuditTrail audit, TransactionRunner transactions) {
        this.balances = Objects.requireNonNull(balances);
        this.accounts = Objects.requireNonNull(accounts);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public BalanceAdjusted adjust(Command command) {
        return transactions.inTransaction(() -> {
            Money balance = balances.adjust(command.user(), command.deltaFen())
                    .orElseThrow(() -> whyNot(command));
            String source = "admin-" + UUID.randomUUID();
            balances.book(new LedgerEntry(command.user(), command.deltaFen(), balance, LedgerEntry.ADMIN, source,
                    command.reason()));
            audit.record(new AuditEntry(command.admin(), "user.balance", "user:" + command.user(),
                    "amount=" + signed(command.deltaFen()) + "; balance=" + balance + "; ledger=" + source
                            + "; reason=" + command.reason()));
            return new BalanceAdjusted(command.user(), balance);
        });
    }

    private Refusal whyNot(Command command) {
        if (accounts.find(command.user()).isEmpty()) {
            return new NotFound("no user " + command.user());
        }
        return new InsufficientBalance("the balance cannot go below zero");
    }

    private static String signed(long fen) {
        return (fen < 0 ? "-" : "") + Money.ofFen(Math.absExact(fen));
    }
}
