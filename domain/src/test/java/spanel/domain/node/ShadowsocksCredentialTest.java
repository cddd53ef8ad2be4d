package spanel.domain.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShadowsocksCredentialTest {

    private static final String UUID = "b831381d-6324-4d53-ad4f-8cda48b30811";

    // Expected keys: Python base64 of the uuid's first 16 and 32 characters, as V2board's uuidToBase64 makes them.
    @Test
    void theUuidCredentialCutsTheKeyFromTheUuidString() {
        assertThat(ShadowsocksCredential.UUID.userKey(UUID, "p4ssw0rd", "2022-blake3-aes-128-gcm"))
                .contains("YjgzMTM4MWQtNjMyNC00ZA==");
        assertThat(ShadowsocksCredential.UUID.userKey(UUID, "p4ssw0rd", "2022-blake3-aes-256-gcm"))
                .contains("YjgzMTM4MWQtNjMyNC00ZDUzLWFkNGYtOGNkYTQ4YjM=");
        assertThat(ShadowsocksCredential.UUID.password(UUID, "p4ssw0rd")).isEqualTo(UUID);
        assertThat(ShadowsocksCredential.UUID.nodeUuid(UUID, "p4ssw0rd", true)).isEqualTo(UUID);
    }

    @Test
    void thePasswdCredentialKeepsSspanelsKeys() {
        assertThat(ShadowsocksCredential.PASSWD.userKey(UUID, "p4ssw0rd", "2022-blake3-aes-128-gcm"))
                .isEqualTo(Ss2022Keys.userKey("p4ssw0rd", "2022-blake3-aes-128-gcm"));
        assertThat(ShadowsocksCredential.PASSWD.password(UUID, "p4ssw0rd")).isEqualTo("p4ssw0rd");
        assertThat(ShadowsocksCredential.PASSWD.nodeUuid(UUID, "p4ssw0rd", true))
                .isEqualTo(Ss2022Keys.userKeySource("p4ssw0rd"));
    }

    @Test
    void onlyTheTwoWordsNameASetting() {
        assertThat(ShadowsocksCredential.named("uuid")).contains(ShadowsocksCredential.UUID);
        assertThat(ShadowsocksCredential.named("passwd")).contains(ShadowsocksCredential.PASSWD);
        assertThat(ShadowsocksCredential.named("UUID")).isEmpty();
    }
}
