package spanel.adapter.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class V2boardSourceTest {

    @Test
    void aShadowsocks2022ServerKeyIsBase64OfTheFirstHexDigitsOfTheMd5OfCreatedAt() {
        // The worked example of the import spec: MD5("1700000000") starts 24920decf83f6960.
        assertThat(V2boardSource.serverKey(1700000000L, "2022-blake3-aes-128-gcm")).isEqualTo("MjQ5MjBkZWNmODNmNjk2MA==");
        assertThat(V2boardSource.serverKey(1700000000L, "2022-blake3-aes-256-gcm")).hasSize(44);
    }

    @Test
    void eachPasswordAlgoBecomesItsStoredFormAndAnUnknownOneNone() {
        String bcrypt = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a";
        assertThat(V2boardSource.storedHash(bcrypt, null, null)).hasValue(bcrypt);
        assertThat(V2boardSource.storedHash("781f3b245b43689b925a337510b43be7", "md5salt", "abc"))
                .hasValue("legacy:v2b-md5salt:YWJj:781f3b245b43689b925a337510b43be7");
        assertThat(V2boardSource.storedHash("781f3b245b43689b925a337510b43be7", "md5", "ignored"))
                .hasValue("legacy:v2b-md5::781f3b245b43689b925a337510b43be7");
        assertThat(V2boardSource.storedHash("781f3b245b43689b925a337510b43be7", "crc32", null)).isEmpty();
        assertThat(V2boardSource.storedHash("not hex", "sha256", null)).isEmpty();
        assertThat(V2boardSource.storedHash("plain", null, null)).isEmpty();
    }
}
