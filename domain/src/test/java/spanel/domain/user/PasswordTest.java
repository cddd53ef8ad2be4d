package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void eightCharactersAreEnoughAndSevenAreNot() {
        assertThat(new Password("12345678").value()).isEqualTo("12345678");
        assertThatThrownBy(() -> new Password("1234567")).hasMessageContaining("at least 8");
    }

    @Test
    void charactersAreCountedNotBytes() {
        assertThatThrownBy(() -> new Password("密码密码密码密")).hasMessageContaining("at least 8");
        assertThat(new Password("密码密码密码密码").value()).hasSize(8);
    }

    @Test
    void moreThanBcryptReadsIsRefusedRatherThanCutSilently() {
        assertThat(new Password("x".repeat(72))).isNotNull();
        assertThatThrownBy(() -> new Password("x".repeat(73))).hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> new Password("密".repeat(25))).hasMessageContaining("72 bytes");
    }

    @Test
    void aPasswordIsNeverPrinted() {
        assertThat(new Password("hunter2hunter2")).hasToString("Password[***]");
    }
}
