package spanel.domain.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrafficTest {

    @Test
    void aGigabyteIsTwoToTheThirtiethBytes() {
        assertThat(Traffic.ofGigabytes(10).bytes()).isEqualTo(10L * 1024 * 1024 * 1024);
    }

    @Test
    void gigabytesThatDoNotFitInALongAreRefused() {
        assertThatThrownBy(() -> Traffic.ofGigabytes(Long.MAX_VALUE / 1024))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void trafficIsNeverNegative() {
        assertThatThrownBy(() -> Traffic.ofBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Traffic.ofGigabytes(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
