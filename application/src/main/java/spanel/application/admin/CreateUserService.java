package spanel.application.admin;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import spanel.application.admin.port.in.CreateUser;
import spanel.application.balance.port.out.Balances;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.NewAccounts;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** The account and its starting balance land together or not at all. */
public final class CreateUserService implements CreateUser {

    private final NewAccounts newAccounts;
    private final Balances balances;
    private final TransactionRunner transactions;

    public CreateUserService(NewAccounts newAccounts, Balances balances, TransactionRunner transactions) {
        this.newAccounts = Objects.requireNonNull(newAccounts);
        this.balances = Objects.requireNonNull(balances);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public UserCreated create(Command command) {
        return transactions.inTransaction(() -> {
            UserId user = newAccounts.open(command.email(), command.password(), Optional.empty(), command.admin());
            if (!command.balance().isZero()) {
                Money balance = balances.adjust(user, command.balance().fen())
                        .orElseThrow(() -> new IllegalStateException("a new account " + user + " could not be credited"));
                balances.book(new LedgerEntry(user, command.balance().fen(), balance, LedgerEntry.ADMIN,
                        "cli-" + UUID.randomUUID(), "starting balance from the command line"));
            }
            return new UserCreated(user);
        });
    }
}
