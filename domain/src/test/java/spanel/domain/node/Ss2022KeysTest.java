package spanel.domain.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Ss2022KeysTest {

    // Expected keys computed independently (Python hashlib.sha3_256 and base64) for the password "p4ssw0rd".
    @Test
    void aes128TakesSixteenHexCharactersOfTheSha3() {
        assertThat(Ss2022Keys.userKey("p4ssw0rd", "2022-blake3-aes-128-gcm")).contains("OTlkMGJmOTdjMTFlY2ZiNw==");
    }

    @Test
    void otherCiphersTakeThirtyTwo() {
        assertThat(Ss2022Keys.userKey("p4ssw0rd", "2022-blake3-aes-256-gcm"))
                .contains("OTlkMGJmOTdjMTFlY2ZiNzM1NzUyZWMxNDk2ODZmYmQ=");
    }

    @Test
    void theKeySourceIsTheWholeHexSha3WhoseFirstCharactersMakeEveryKey() {
        assertThat(Ss2022Keys.userKeySource("p4ssw0rd"))
                .isEqualTo("99d0bf97c11ecfb735752ec149686fbd9b2d8e3f9075b3a4ef2da5cc278c6708");
    }

    @Test
    void aCipherThatIsNotA2022OneGivesNoKey() {
        assertThat(Ss2022Keys.userKey("p4ssw0rd", "aes-128-gcm")).isEmpty();
    }

    @Test
    void aServerKeyHasTheLengthItsCipherNeeds() {
        SecureRandom random = new SecureRandom();

        assertThat(Base64.getDecoder().decode(Ss2022Keys.newServerKey("2022-blake3-aes-128-gcm", random))).hasSize(16);
        assertThat(Base64.getDecoder().decode(Ss2022Keys.newServerKey("2022-blake3-aes-256-gcm", random))).hasSize(32);
        assertThat(Base64.getDecoder().decode(Ss2022Keys.newServerKey("2022-blake3-chacha20-poly1305", random)))
                .hasSize(32);
        assertThat(Ss2022Keys.newServerKey("2022-blake3-aes-128-gcm", random))
                .isNotEqualTo(Ss2022Keys.newServerKey("2022-blake3-aes-128-gcm", random));
    }

    @Test
    void aServerKeyForACipherThatIsNotA2022OneIsRefusedNamingMethod() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ss2022Keys.newServerKey("aes-128-gcm", new SecureRandom()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("method:");
    }
}
