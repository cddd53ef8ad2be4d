package spanel.application.user;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.out.TrafficResetDays;
import spanel.application.user.port.out.UserDevices;
import spanel.application.user.port.out.UsableNodes;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.Forbidden;
import spanel.domain.error.NotFound;
import spanel.domain.node.Node;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.Hwid;
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
    private final UserDevices devices;
    private final TransactionRunner transactions;
    private final TrafficResetDays resetDays;
    private final ZoneId zone;
    private final Clock clock;

    public FetchSubscriptionService(SubscriptionLinks links, UserAccounts accounts, UsableNodes usableNodes,
            AttemptGuard perAddress, AttemptGuard perToken, UserDevices devices, TransactionRunner transactions,
            TrafficResetDays resetDays, ZoneId zone, Clock clock) {
        this.links = Objects.requireNonNull(links);
        this.accounts = Objects.requireNonNull(accounts);
        this.usableNodes = Objects.requireNonNull(usableNodes);
        this.perAddress = Objects.requireNonNull(perAddress);
        this.perToken = Objects.requireNonNull(perToken);
        this.devices = Objects.requireNonNull(devices);
        this.transactions = Objects.requireNonNull(transactions);
        this.resetDays = Objects.requireNonNull(resetDays);
        this.zone = Objects.requireNonNull(zone);
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
        Instant now = clock.instant();
        DeviceLimit limit = command.device().map(device -> register(account, device, command.deviceInfo(), now))
                .orElse(DeviceLimit.NONE);
        List<Node> nodes = limit == DeviceLimit.REACHED ? List.of() : usableNodes.usableBy(account.id(), now);
        // Traffic resets only while the class runs, as /user/info shows it.
        Optional<LocalDate> nextReset = resetDays.of(account.id()).map(day -> day.nextAfter(now, zone))
                .filter(reset -> reset.isBefore(account.classExpire())).map(reset -> LocalDate.ofInstant(reset, zone));
        return new Subscription(account, nodes, limit, LocalDate.ofInstant(account.expireIn(), zone), nextReset);
    }

    /**
     * The account's device limit is its node_iplimit, which a client without a device id keeps
     * meeting as a limit on addresses at the nodes. With no limit the device is still registered,
     * for the user to see.
     */
    private DeviceLimit register(UserAccount account, Hwid device, DeviceInfo info, Instant now) {
        int limit = account.deviceLimit();
        UserDevices.Registration registration = transactions.inTransaction(
                () -> devices.register(account.id(), device.hash(), info, limit, now));
        if (registration == UserDevices.Registration.FULL) {
            return DeviceLimit.REACHED;
        }
        return limit > 0 ? DeviceLimit.ACTIVE : DeviceLimit.NONE;
    }
}
