package spanel.application.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.in.ShowUserInfo;
import spanel.application.user.port.out.TrafficResetDays;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.NotFound;
import spanel.domain.user.UserAccount;

public final class ShowUserInfoService implements ShowUserInfo {

    private final UserAccounts accounts;
    private final SubscriptionLinks links;
    private final TrafficResetDays resetDays;
    private final ZoneId zone;
    private final Clock clock;

    /** {@code zone}: TIMEZONE, whose midnight a monthly reset happens at. */
    public ShowUserInfoService(UserAccounts accounts, SubscriptionLinks links, TrafficResetDays resetDays, ZoneId zone,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.links = Objects.requireNonNull(links);
        this.resetDays = Objects.requireNonNull(resetDays);
        this.zone = Objects.requireNonNull(zone);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public UserInfo show(Query query) {
        UserAccount account = accounts.find(query.userId()).orElseThrow(() -> new NotFound("no user " + query.userId()));
        return new UserInfo(account, links.urlOf(query.userId()), nextReset(account));
    }

    /** Traffic resets only while the class runs, so a reset at or after its end is none. */
    private Optional<Instant> nextReset(UserAccount account) {
        return resetDays.of(account.id()).map(day -> day.nextAfter(clock.instant(), zone))
                .filter(reset -> reset.isBefore(account.classExpire()));
    }
}
