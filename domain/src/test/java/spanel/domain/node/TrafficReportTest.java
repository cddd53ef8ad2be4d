package spanel.domain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.domain.error.InvalidInput;
import spanel.domain.node.TrafficReport.Entry;
import spanel.domain.node.TrafficReport.UserTraffic;
import spanel.domain.user.UserId;

class TrafficReportTest {

    private static TrafficReport report(Entry... entries) {
        return new TrafficReport(NodeId.of(1), Optional.empty(), List.of(entries));
    }

    @Test
    void entriesForTheSameUserAreSummedThenBilledAndSortedByUser() {
        TrafficReport report = report(new Entry(UserId.of(9), 1, 1), new Entry(UserId.of(2), 3, 0),
                new Entry(UserId.of(9), 2, 2));

        List<UserTraffic> perUser = report.perUser(TrafficRate.of(new BigDecimal("0.5")));

        assertThat(perUser).containsExactly(new UserTraffic(UserId.of(2), 3, 0, 1, 0),
                new UserTraffic(UserId.of(9), 3, 3, 1, 1));
    }

    @Test
    void bytesOutsideZeroToTwoToThe53AreRefusedNamingTheField() {
        assertThatThrownBy(() -> new Entry(UserId.of(1), -1, 0)).isInstanceOf(InvalidInput.class)
                .hasMessage("u: whole bytes from 0 to 2^53");
        assertThatThrownBy(() -> new Entry(UserId.of(1), 0, TrafficReport.MAX_BYTES + 1)).isInstanceOf(InvalidInput.class)
                .hasMessage("d: whole bytes from 0 to 2^53");
        assertThatThrownBy(() -> TrafficReport.requireBytes("data[3].u", -1)).hasMessageStartingWith("data[3].u: ");
        assertThat(new Entry(UserId.of(1), 0, TrafficReport.MAX_BYTES).d()).isEqualTo(TrafficReport.MAX_BYTES);
    }

    @Test
    void aUsersSumPastTwoToThe53IsRefused() {
        assertThatThrownBy(() -> report(new Entry(UserId.of(1), TrafficReport.MAX_BYTES, 0), new Entry(UserId.of(1), 1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sums past 2^53");
    }

    @Test
    void aReportIdIsOneToSixtyFourCharacters() {
        assertThatThrownBy(() -> new TrafficReport(NodeId.of(1), Optional.of(""), List.of()))
                .isInstanceOf(InvalidInput.class).hasMessage("report_id: 1 to 64 characters");
        assertThatThrownBy(() -> new TrafficReport(NodeId.of(1), Optional.of("x".repeat(65)), List.of()))
                .isInstanceOf(InvalidInput.class).hasMessage("report_id: 1 to 64 characters");
        assertThat(new TrafficReport(NodeId.of(1), Optional.of("x".repeat(64)), List.of()).reportId()).isPresent();
    }
}
