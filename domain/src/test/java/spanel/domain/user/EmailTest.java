package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @Test
    void anAddressIsTrimmedAndLowerCasedSoOneMailboxIsOneAccount() {
        assertThat(Email.of("  Alice.Smith@Example.COM ").value()).isEqualTo("alice.smith@example.com");
        assertThat(Email.of("ALICE@example.com")).isEqualTo(Email.of("alice@EXAMPLE.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "alice", "alice@", "@example.com", "alice@example", "al ice@example.com",
            "alice@@example.com", "alice@example..com", "alice@.example.com"})
    void somethingThatIsNotAnAddressIsRefused(String typed) {
        assertThatThrownBy(() -> Email.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAddressLongerThanTheColumnIsRefused() {
        assertThatThrownBy(() -> Email.of("a@" + "b".repeat(250) + ".com")).hasMessageContaining("255");
    }

    @Test
    void theConstructorTakesOnlyTheNormalisedForm() {
        assertThatThrownBy(() -> new Email("Alice@example.com")).hasMessageContaining("lower case");
    }

    @Test
    void aFullWidthOrOtherwiseLookAlikeAddressIsTheSameMailbox() {
        assertThat(Email.of("\uff35\uff53\uff45\uff52@\uff58.io")).isEqualTo(Email.of("user@x.io"));
        assertThat(Email.of("ｕｓｅｒ＠ｘ．ｉｏ")).isEqualTo(Email.of("user@x.io"));
        assertThat(Email.of("ＵＳＥＲ@X.IO").value()).isEqualTo("user@x.io");
    }

    @ParameterizedTest
    @ValueSource(strings = {"al\u200bice@example.com", "\ufeffalice@example.com", "alice@exam\u00adple.com",
            "al\u200dice@example.com", "alice\u2060@example.com", "ali\u034fce@example.com", "alice@ex\ufe0fample.com",
            "alice@example.com\u200e", "a\u3164lice@example.com"})
    void invisibleCharactersAreDroppedSoALookAlikeIsTheSameMailbox(String typed) {
        assertThat(Email.of(typed)).isEqualTo(Email.of("alice@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali\u2028ce@example.com", "ali\ue000ce@example.com", "ali\u3000ce@example.com"})
    void aSeparatorOrAPrivateCharacterInsideAnAddressIsRefused(String typed) {
        assertThatThrownBy(() -> Email.of(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"al\u0000ice@example.com", "alice@exa\u0001mple.com", "alice\u007f@example.com"})
    void anAddressWithAControlCharacterIsRefused(String typed) {
        assertThatThrownBy(() -> Email.of(typed)).hasMessageContaining("control");
    }
}
