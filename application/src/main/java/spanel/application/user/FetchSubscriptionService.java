package spanel.application.user;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.out.UsableNodes;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.Forbidden;
import spanel.domain.error.NotFound;
import spanel.domain.user.SubscriptionToken;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

public final class FetchSubscriptionService implements FetchSubscription {

    /** A token of a shape no user can have is still looked for, as this one, so that it takes as long. */
    private static final SubscriptionToken MALFORMED = new SubscriptionToken("-".repeat(43));

    private static final UserId NOBODY = new UserId(Long.MAX_VALUE);

    private final SubscriptionLinks links;
    private final UserAccounts accounts;
    private final UsableNodes usableNodes;
    private final AttemptGuard perAddress;
    private final AttemptGuard perToken;
    private final Clock clock;

    public FetchSubscriptionService(SubscriptionLinks links, UserAccounts accounts, UsableNodes usableNodes,
            AttemptGuard perAddress, AttemptGuard perToken, Clock clock) {
        this.links = Objects.requireNonNull(links);
        this.accounts = Objects.requireNonNull(accounts);
        this.usableNodes = Objects.requireNonNull(usableNodes);
        this.perAddress = Objects.requireNonNull(perAddress);
        this.perToken = Objects.requireNonNull(perToken);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Subscription fetch(Command command) {
        // Counted before the lookup, misses too: guessing tokens is what the limits are for. The
        // token is counted under its hash, so it never lands in the store in plain.
        perAddress.count(List.of("sub-ip:" + command.address()));
        perToken.count(List.of("sub-token:" + TokenHash.of(command.token()).hex()));
        Optional<SubscriptionToken> parsed = SubscriptionToken.parse(command.token());
        Optional<UserId> holder = links.holderOf(parsed.orElse(MALFORMED)).filter(user -> parsed.isPresent())
                .or(() -> links.legacyHolderOf(command.token()));
        // A miss reads an account too (one nobody has), so that it takes as long as a hit.
        UserAccount account = accounts.find(holder.orElse(NOBODY)).filter(found -> holder.isPresent())
                .orElseThrow(() -> new NotFound("no such subscription"));
        if (account.banned()) {
            throw new Forbidden("this account is banned");
        }
        return new Subscription(account, usableNodes.usableBy(account.id(), clock.instant()));
    }
}
