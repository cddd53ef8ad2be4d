package spanel.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.in.RegisterUser;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountDefaults;
import spanel.domain.user.AlreadyCheckedIn;
import spanel.domain.user.CheckinBonus;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.PortRange;
import spanel.domain.user.RateLimit;
import spanel.domain.user.UserId;

class CheckInServiceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final AccountFakes.CheckinBook checkins = new AccountFakes.CheckinBook();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();

    private UserId registered() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
        NewAccounts newAccounts = new NewAccounts(accounts, new AccountFakes.Hasher(), transactions,
                new AccountDefaults(Traffic.ofGigabytes(1), 30, 0, 0), new PortRange(10_000, 60_000), new SplittableRandom(3), clock);
        return new RegisterUserService(accounts, newAccounts, new AttemptGuard(new AccountFakes.Limiter(), RateLimit.perMinute(10)))
                .register(new RegisterUser.Command(Email.of("c@example.com"), new Password("correct horse"), Optional.empty(), "x"))
                .userId();
    }

    private CheckInService at(String instant, ZoneId zone, CheckinBonus bonus) {
        return new CheckInService(checkins, accounts, bonus, zone, transactions, new SplittableRandom(11),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theBonusIsDrawnInWholeMegabytesWithinTheRangeAndAddedToTheQuota() {
        UserId user = registered();

        var checkedIn = at("2026-03-01T08:00:00Z", ZoneOffset.UTC, new CheckinBonus(10, 50)).checkIn(new CheckIn.Command(user));

        assertThat(checkedIn.bonus().bytes() % CheckinBonus.BYTES_PER_MB).isZero();
        assertThat(checkedIn.bonus().bytes() / CheckinBonus.BYTES_PER_MB).isBetween(10L, 50L);
        assertThat(checkedIn.transferEnable()).isEqualTo(Traffic.ofGigabytes(1).plus(checkedIn.bonus()));
        assertThat(accounts.find(user).orElseThrow().transferEnable()).isEqualTo(checkedIn.transferEnable());
    }

    @Test
    void theDayIsTheCalendarDayInTheConfiguredZone() {
        UserId user = registered();
        CheckinBonus bonus = new CheckinBonus(1, 1);

        // 15:59:59 UTC is 23:59:59 in Shanghai; a second later it is the next day there, the same day in UTC.
        var beforeMidnight = at("2026-03-01T15:59:59Z", SHANGHAI, bonus).checkIn(new CheckIn.Command(user));
        var afterMidnight = at("2026-03-01T16:00:00Z", SHANGHAI, bonus).checkIn(new CheckIn.Command(user));

        assertThat(beforeMidnight.day()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(afterMidnight.day()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThatThrownBy(() -> at("2026-03-02T15:59:59Z", SHANGHAI, bonus).checkIn(new CheckIn.Command(user)))
                .isInstanceOf(AlreadyCheckedIn.class).hasMessageContaining("2026-03-02");
        assertThatThrownBy(() -> at("2026-03-01T23:00:00Z", ZoneOffset.UTC, bonus).checkIn(new CheckIn.Command(user)))
                .as("in UTC both were 1 March").isInstanceOf(AlreadyCheckedIn.class);
        assertThat(accounts.find(user).orElseThrow().transferEnable())
                .isEqualTo(Traffic.ofGigabytes(1).plus(Traffic.ofBytes(2 * CheckinBonus.BYTES_PER_MB)));
    }
}
