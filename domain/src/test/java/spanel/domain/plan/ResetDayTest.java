package spanel.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A reset day is a day of the month, clamped to the month's last day when the month is shorter. */
class ResetDayTest {

    private static List<LocalDate> resetDatesIn(ResetDay day, LocalDate from, LocalDate until) {
        return Stream.iterate(from, d -> !d.isAfter(until), d -> d.plusDays(1)).filter(d -> ResetDay.fallingOn(d).contain(day))
                .toList();
    }

    @Test
    void boughtOnJanuary31ItResetsOnTheLastDayOfFebruaryThenOnMarch31() {
        ResetDay day = ResetDay.of(Instant.parse("2027-01-31T10:00:00Z"), ZoneOffset.UTC);

        assertThat(resetDatesIn(day, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-05-31")))
                .containsExactly(LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-31"),
                        LocalDate.parse("2027-04-30"), LocalDate.parse("2027-05-31"));
        // A leap year: February 29.
        assertThat(resetDatesIn(day, LocalDate.parse("2028-02-01"), LocalDate.parse("2028-03-31")))
                .containsExactly(LocalDate.parse("2028-02-29"), LocalDate.parse("2028-03-31"));
    }

    @Test
    void boughtOnFebruary28Or29ItResetsOnThatDayAndNotAgainAtTheMonthsEnd() {
        ResetDay feb28 = new ResetDay(28);
        ResetDay feb29 = new ResetDay(29);

        assertThat(resetDatesIn(feb28, LocalDate.parse("2028-02-01"), LocalDate.parse("2028-03-31")))
                .containsExactly(LocalDate.parse("2028-02-28"), LocalDate.parse("2028-03-28"));
        assertThat(resetDatesIn(feb29, LocalDate.parse("2027-02-01"), LocalDate.parse("2027-03-31")))
                .as("a common year has no February 29: its last day stands in")
                .containsExactly(LocalDate.parse("2027-02-28"), LocalDate.parse("2027-03-29"));
    }

    @Test
    void exactlyOneResetInEveryMonthForEveryDay() {
        for (int d = 1; d <= 31; d++) {
            ResetDay day = new ResetDay(d);
            for (LocalDate month = LocalDate.parse("2027-01-01"); month.getYear() < 2029; month = month.plusMonths(1)) {
                assertThat(resetDatesIn(day, month, month.withDayOfMonth(month.lengthOfMonth()))).as(d + " in " + month)
                        .hasSize(1);
            }
        }
    }

    @Test
    void theDayIsTakenInThePanelsTimeZone() {
        Instant lateOnJanuary31InUtc = Instant.parse("2027-01-31T23:30:00Z");

        assertThat(ResetDay.of(lateOnJanuary31InUtc, ZoneOffset.UTC)).isEqualTo(new ResetDay(31));
        assertThat(ResetDay.of(lateOnJanuary31InUtc, ZoneId.of("Europe/Berlin"))).isEqualTo(new ResetDay(1));
        assertThat(MonthlyReset.FIRST_DAY.dayFor(lateOnJanuary31InUtc, ZoneOffset.UTC)).isEqualTo(ResetDay.FIRST);
        assertThat(MonthlyReset.PURCHASE_DAY.dayFor(lateOnJanuary31InUtc, ZoneOffset.UTC)).isEqualTo(new ResetDay(31));
    }

    @Test
    void aDayOutsideOneTo31IsNoDay() {
        assertThatThrownBy(() -> new ResetDay(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResetDay(32)).isInstanceOf(IllegalArgumentException.class);
        assertThat(MonthlyReset.fromWireName("weekly")).isEmpty();
    }

    @Test
    void theNextResetIsTheNextMidnightOfItsDayClampedToShortMonths() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ResetDay thirtyFirst = new ResetDay(31);

        assertThat(thirtyFirst.nextAfter(Instant.parse("2027-02-10T00:00:00Z"), shanghai))
                .isEqualTo(Instant.parse("2027-02-27T16:00:00Z"));
        // At the reset instant itself, the next one is a month later.
        assertThat(thirtyFirst.nextAfter(Instant.parse("2027-02-27T16:00:00Z"), shanghai))
                .isEqualTo(Instant.parse("2027-03-30T16:00:00Z"));
        // Already past this month's day in the zone (it is March 15 in Shanghai): next month.
        assertThat(new ResetDay(15).nextAfter(Instant.parse("2027-03-14T16:30:00Z"), shanghai))
                .isEqualTo(Instant.parse("2027-04-14T16:00:00Z"));
        assertThat(ResetDay.FIRST.nextAfter(Instant.parse("2027-12-31T23:59:59Z"), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    }
}
