package spanel.application.user;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.out.SubscriptionTokens;
import spanel.domain.error.NotFound;
import spanel.domain.user.ProxyCredentials;

public final class ResetCredentialsService implements ResetCredentials {

    private final SubscriptionTokens tokens;
    private final SubscriptionLinks links;
    private final TransactionRunner transactions;
    private final RandomGenerator secureRandom;

    public ResetCredentialsService(SubscriptionTokens tokens, SubscriptionLinks links, TransactionRunner transactions,
            RandomGenerator secureRandom) {
        this.tokens = Objects.requireNonNull(tokens);
        this.links = Objects.requireNonNull(links);
        this.transactions = Objects.requireNonNull(transactions);
        this.secureRandom = Objects.requireNonNull(secureRandom);
    }

    @Override
    public CredentialsReset reset(Command command) {
        // Only the password and uuid are drawn; the user keeps their port, if any.
        ProxyCredentials fresh = ProxyCredentials.random(secureRandom, OptionalInt.empty());
        return transactions.inTransaction(() -> {
            if (!tokens.replaceProxySecrets(command.user(), fresh.passwd(), fresh.uuid())) {
                throw new NotFound("no user " + command.user());
            }
            return new CredentialsReset(fresh.uuid(), fresh.passwd(), links.rotate(command.user()));
        });
    }
}
