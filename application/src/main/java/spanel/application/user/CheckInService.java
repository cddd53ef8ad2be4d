package spanel.application.user;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.CheckIn;
import spanel.application.user.port.out.Checkins;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.error.Refusal;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AlreadyCheckedIn;
import spanel.domain.user.CheckinBonus;

/**
 * The day is the calendar day of now in the configured zone. The check-in row (unique per user and
 * day) is written first, then the quota is raised, in one transaction: a second request for the
 * same day, concurrent or later, finds the row and grants nothing.
 */
public final class CheckInService implements CheckIn {

    private final Checkins checkins;
    private final UserAccounts accounts;
    private final CheckinBonus bonus;
    private final ZoneId zone;
    private final TransactionRunner transactions;
    private final RandomGenerator random;
    private final Clock clock;

    public CheckInService(Checkins checkins, UserAccounts accounts, CheckinBonus bonus, ZoneId zone,
            TransactionRunner transactions, RandomGenerator random, Clock clock) {
        this.checkins = Objects.requireNonNull(checkins);
        this.accounts = Objects.requireNonNull(accounts);
        this.bonus = Objects.requireNonNull(bonus);
        this.zone = Objects.requireNonNull(zone);
        this.transactions = Objects.requireNonNull(transactions);
        this.random = Objects.requireNonNull(random);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CheckedIn checkIn(Command command) {
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        Traffic granted = bonus.draw(random);
        return transactions.inTransaction(() -> {
            if (!checkins.record(command.user(), day, granted, now)) {
                throw new AlreadyCheckedIn(day);
            }
            Traffic quota = accounts.addToQuota(command.user(), granted).orElseThrow(() -> new Refusal(
                    Refusal.Kind.CONFLICT, "quota_full", "the traffic quota cannot grow any further"));
            return new CheckedIn(day, granted, quota);
        });
    }
}
