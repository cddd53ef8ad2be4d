package spanel.domain.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import spanel.domain.error.InvalidInput;
import spanel.domain.traffic.Traffic;

/** How a package changes an account: days are added as days, from the later of now and the current expiry. */
class PlanGrantTest {

    private static final Instant NOW = Instant.parse("2026-01-31T10:00:00Z");

    private static PlanContent days(int classDays, int accountDays) {
        return new PlanContent(OptionalLong.empty(), OptionalInt.empty(), OptionalInt.of(classDays),
                OptionalInt.of(accountDays), false, OptionalInt.empty(), OptionalInt.empty());
    }

    private static Entitlement expiring(Instant classExpire, Instant expireIn) {
        return new Entitlement(0, classExpire, expireIn, Traffic.ofGigabytes(1), 0, 0);
    }

    @Test
    void aPastExpiryIsExtendedFromNow() {
        Instant past = Instant.parse("2025-06-01T00:00:00Z");

        Entitlement after = days(30, 1).grantOn(expiring(past, past), NOW);

        assertThat(after.classExpire()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(after.expireIn()).isEqualTo(Instant.parse("2026-02-01T10:00:00Z"));
    }

    @Test
    void aFutureExpiryKeepsTheTimeAlreadyPaidFor() {
        Instant future = Instant.parse("2026-02-10T00:00:00Z");

        Entitlement after = days(30, 30).grantOn(expiring(future, NOW.minusSeconds(1)), NOW);

        assertThat(after.classExpire()).isEqualTo(Instant.parse("2026-03-12T00:00:00Z"));
        assertThat(after.expireIn()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void daysCrossMonthEndsAndLeapDaysAsDaysNotAsCalendarMonths() {
        Instant jan31 = Instant.parse("2028-01-31T00:00:00Z");
        Instant feb28 = Instant.parse("2028-02-28T12:00:00Z");

        assertThat(days(30, 1).grantOn(expiring(jan31, feb28), jan31.minusSeconds(60)).classExpire())
                .isEqualTo(Instant.parse("2028-03-01T00:00:00Z"));
        assertThat(days(30, 1).grantOn(expiring(jan31, feb28), jan31.minusSeconds(60)).expireIn())
                .isEqualTo(Instant.parse("2028-02-29T12:00:00Z"));
        assertThat(days(366, 0).grantOn(expiring(jan31, jan31), jan31.minusSeconds(60)).classExpire())
                .isEqualTo(Instant.parse("2029-01-31T00:00:00Z"));
        // Not a leap year: the same 30 days from January 31 land on March 2.
        Instant jan31of2026 = Instant.parse("2026-01-31T00:00:00Z");
        assertThat(days(30, 0).grantOn(expiring(jan31of2026, jan31of2026), NOW.minusSeconds(86_400)).classExpire())
                .isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void classTrafficAndLimitsAreSetOrAddedAndWhatThePackageLeavesOutStays() {
        Instant classEnds = NOW.plus(Duration.ofDays(3));
        Entitlement current = new Entitlement(1, classEnds, NOW, Traffic.ofGigabytes(5), 10, 2);
        PlanContent content = new PlanContent(OptionalLong.of(100), OptionalInt.of(3), OptionalInt.empty(),
                OptionalInt.empty(), true, OptionalInt.of(50), OptionalInt.empty());

        Entitlement after = content.grantOn(current, NOW);

        assertThat(after).isEqualTo(new Entitlement(3, classEnds, NOW, Traffic.ofBytes(105L << 30), 50, 2));
        assertThat(PlanContent.EMPTY.grantOn(current, NOW)).isEqualTo(current);
    }

    @Test
    void trafficPastTheLargestQuotaIsRefusedNotWrapped() {
        Entitlement nearlyFull = new Entitlement(0, NOW, NOW, Traffic.ofBytes(Long.MAX_VALUE - (1L << 30) + 1), 0, 0);
        PlanContent oneGb = new PlanContent(OptionalLong.of(1), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty());

        assertThatThrownBy(() -> oneGb.grantOn(nearlyFull, NOW))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("shop_id:");
        Entitlement justFits = new Entitlement(0, NOW, NOW, Traffic.ofBytes(Long.MAX_VALUE - (1L << 30)), 0, 0);
        assertThat(oneGb.grantOn(justFits, NOW).transferEnable().bytes()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void anExpiryPastTheLatestStorableIsRefused() {
        Instant late = Instant.parse("9999-12-01T00:00:00Z");

        assertThatThrownBy(() -> days(31, 0).grantOn(expiring(late, late), NOW))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("class expiry");
        assertThat(days(30, 0).grantOn(expiring(late, late), NOW).classExpire()).isEqualTo(Instant.parse("9999-12-31T00:00:00Z"));
    }

    @Test
    void anExpiryOfNeverStaysNeverWhenAPackageAddsDays() {
        Entitlement never = expiring(Entitlement.LATEST, Entitlement.LATEST);

        Entitlement after = days(30, 30).grantOn(never, NOW);

        assertThat(after.classExpire()).isEqualTo(Entitlement.LATEST);
        assertThat(after.expireIn()).isEqualTo(Entitlement.LATEST);
    }

    private static PlanContent classFor(int userClass, int days) {
        return new PlanContent(OptionalLong.empty(), OptionalInt.of(userClass), OptionalInt.of(days), OptionalInt.empty(),
                false, OptionalInt.empty(), OptionalInt.empty());
    }

    @Test
    void anotherClassStartsItsTimeFromNowAndTheFreeDaysOfTheOldOneAreNotCarriedOver() {
        // A new account: class 0 for its 30 free days.
        Entitlement newAccount = new Entitlement(0, NOW.plus(Duration.ofDays(30)), NOW, Traffic.ofGigabytes(1), 0, 0);

        Entitlement after = classFor(2, 30).grantOn(newAccount, NOW);

        assertThat(after.userClass()).isEqualTo(2);
        assertThat(after.classExpire()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(classFor(2, 30).startsClassTime(newAccount, NOW)).isTrue();
    }

    @Test
    void theSameClassExtendsWhatIsLeftAndAnExpiredClassStartsFromNow() {
        Instant inTenDays = NOW.plus(Duration.ofDays(10));
        Entitlement running = new Entitlement(2, inTenDays, NOW, Traffic.ofGigabytes(1), 0, 0);
        Entitlement expired = new Entitlement(2, NOW.minusSeconds(1), NOW, Traffic.ofGigabytes(1), 0, 0);

        assertThat(classFor(2, 30).grantOn(running, NOW).classExpire()).isEqualTo(inTenDays.plus(Duration.ofDays(30)));
        assertThat(classFor(2, 30).startsClassTime(running, NOW)).isFalse();
        assertThat(classFor(2, 30).grantOn(expired, NOW).classExpire()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(classFor(2, 30).startsClassTime(expired, NOW)).isTrue();
        // A package without a class (a time top-up) extends whatever class runs.
        assertThat(days(30, 0).grantOn(running, NOW).classExpire()).isEqualTo(inTenDays.plus(Duration.ofDays(30)));
        assertThat(days(30, 0).startsClassTime(running, NOW)).isFalse();
    }

    private static PlanContent upgradeTo(int userClass) {
        return new PlanContent(OptionalLong.empty(), OptionalInt.of(userClass), OptionalInt.empty(), OptionalInt.empty(),
                false, OptionalInt.empty(), OptionalInt.empty());
    }

    @Test
    void aPackageThatSetsAClassWithoutDaysKeepsTheRunningClassTime() {
        Instant inTwentyDays = NOW.plus(Duration.ofDays(20));
        Entitlement classOneRunning = new Entitlement(1, inTwentyDays, NOW, Traffic.ofGigabytes(1), 0, 0);

        Entitlement after = upgradeTo(2).grantOn(classOneRunning, NOW);

        assertThat(after.userClass()).isEqualTo(2);
        assertThat(after.classExpire()).isEqualTo(inTwentyDays);
    }

    @Test
    void aPackageThatSetsAClassWithoutDaysIsRefusedWhenNoClassRuns() {
        // The class would end the moment it is bought: the buyer would pay for nothing.
        Entitlement classEnded = new Entitlement(1, NOW.minusSeconds(1), NOW, Traffic.ofGigabytes(1), 0, 0);

        assertThatThrownBy(() -> upgradeTo(2).grantOn(classEnded, NOW))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("shop_id:");
        assertThatThrownBy(() -> upgradeTo(2).grantOn(expiring(NOW, NOW), NOW)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aPurchaseLimitIsAtLeastOne() {
        assertThatThrownBy(() -> new PlanContent(OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), false, OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
                OptionalInt.of(0))).isInstanceOf(IllegalArgumentException.class);
    }
}
