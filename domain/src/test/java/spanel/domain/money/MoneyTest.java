package spanel.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"19.99, 1999", "19.9, 1990", "19, 1900", "0.01, 1", "0, 0", "10.00, 1000", "007, 700"})
    void parsesAtMostTwoDecimalsIntoFen(String text, long fen) {
        assertThat(Money.parse(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19.999", "0.001", "-1", "-0.01", "abc", "", " ", "1e400", "NaN", "92233720368547758.08"})
    void refusesMoreDecimalsNegativesAndNonNumbers(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signedParsingAllowsANegativeAdjustment() {
        assertThat(Money.parseSignedFen("-5.00")).isEqualTo(-500);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "1E3", " 5.00", "5.00 ", "+5", "\uff15", "\u0665", "\u096b", "5.", ".5", "10.000",
            "0x10", "5,00", "--5", "-", "5\u00a0"})
    void anAmountIsAsciiDigitsWithAtMostTwoDecimalsAndNothingElse(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseSignedFen(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.isAmountText(text)).isFalse();
    }

    @Test
    void onlySignedParsingTakesALeadingMinus() {
        assertThatThrownBy(() -> Money.parse("-0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.parseSignedFen("-0.5")).isEqualTo(-50);
    }

    @Test
    void printsTheTwoDecimalForm() {
        assertThat(Money.ofFen(1999).toDecimalString()).isEqualTo("19.99");
        assertThat(Money.ofFen(5).toDecimalString()).isEqualTo("0.05");
        assertThat(Money.ofFen(100).toDecimalString()).isEqualTo("1.00");
    }

    @Test
    void neverGoesBelowZero() {
        assertThatThrownBy(() -> Money.ofFen(100).minus(Money.ofFen(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofFen(100).minus(Money.ofFen(100))).isEqualTo(Money.ZERO);
    }

    @Test
    void additionThatWouldOverflowIsRefused() {
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
    }
}
