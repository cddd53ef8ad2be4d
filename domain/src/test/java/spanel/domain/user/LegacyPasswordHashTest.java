package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LegacyPasswordHashTest {

    @Test
    void aV2boardSaltedMd5IsStoredTaggedAndChecksAsV2boardChecksIt() {
        // hex(MD5("secret123" ‖ "abc")), the worked example of the import spec.
        LegacyPasswordHash hash = new LegacyPasswordHash(LegacyPasswordHash.Scheme.V2B_MD5SALT, "abc",
                "781f3b245b43689b925a337510b43be7");

        assertThat(hash.stored()).isEqualTo("legacy:v2b-md5salt:YWJj:781f3b245b43689b925a337510b43be7");
        assertThat(LegacyPasswordHash.parse(hash.stored())).hasValue(hash);
        assertThat(hash.matches("secret123")).isTrue();
        assertThat(hash.matches("secret12")).isFalse();
        assertThat(hash.matches("abcsecret123")).isFalse();
    }

    @Test
    void sspanelDigestsPutTheGlobalSaltAfterThePassword() {
        // SHA-256("pw" ‖ "salt") and SHA3-256("pw" ‖ "salt"), computed apart from this class.
        LegacyPasswordHash sha256 = new LegacyPasswordHash(LegacyPasswordHash.Scheme.SSPANEL_SHA256, "salt",
                "fe5002e3a1ba48a982f7c31fec72065d1b451547ce2290a766ba477bfec32182");
        LegacyPasswordHash sha3 = new LegacyPasswordHash(LegacyPasswordHash.Scheme.SSPANEL_SHA3, "salt",
                "16d1049dcb359196f7eee3fddc55ec589977f78b945b0059e62e181047b787a9");
        assertThat(sha256.matches("pw")).isTrue();
        assertThat(sha3.matches("pw")).isTrue();
        assertThat(sha256.matches("saltpw")).isFalse();
        LegacyPasswordHash md5 = new LegacyPasswordHash(LegacyPasswordHash.Scheme.SSPANEL_MD5, "",
                "5ebe2294ecd0e0f08eab7690d2a6ee69");
        assertThat(md5.matches("secret")).as("MD5 of secret").isTrue();
        assertThat(md5.stored()).isEqualTo("legacy:sspanel-md5::5ebe2294ecd0e0f08eab7690d2a6ee69");
    }

    @Test
    void aDigestOfTheWrongLengthAndStringsOfNoKnownTagAreRefused() {
        assertThatThrownBy(() -> new LegacyPasswordHash(LegacyPasswordHash.Scheme.V2B_SHA256, "", "abcd"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LegacyPasswordHash.parse("legacy:v2b-crc32::abcd")).isEmpty();
        assertThat(LegacyPasswordHash.parse("$2y$10$abc")).isEmpty();
        assertThat(LegacyPasswordHash.isLegacy("$2y$10$abc")).isFalse();
    }
}
