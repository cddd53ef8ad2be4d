package spanel.domain.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrafficRateTest {

    @ParameterizedTest
    @CsvSource({"1, 1048576, 1048576", "1.5, 1048576, 1572864", "1.5, 10485760, 15728640", "1.5, 2048, 3072",
            "0.5, 3, 1", "0.3333, 10, 3", "0, 123456, 0", "20, 5, 100", "1000, 9007199254740992, 9007199254740992000"})
    void billsRawBytesTimesTheRateRoundedDown(String rate, long raw, long billed) {
        assertThat(TrafficRate.of(new BigDecimal(rate)).bill(raw)).isEqualTo(billed);
    }

    @Test
    void billingIsExactAcrossTheWholeRangeOfAReport() {
        TrafficRate rate = TrafficRate.of(new BigDecimal("999.9999"));
        long raw = TrafficRate.MAX_BILLABLE_BYTES - 1;

        long expected = new BigDecimal(raw).multiply(new BigDecimal("999.9999")).setScale(0, RoundingMode.FLOOR).longValueExact();

        assertThat(rate.bill(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "1000.0001", "1.00001", "5000"})
    void aRateOutOfRangeOrTooPreciseIsRefused(String rate) {
        assertThatThrownBy(() -> TrafficRate.of(new BigDecimal(rate))).isInstanceOf(IllegalArgumentException.class);
    }
}
