package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeviceCookieTest {

    private static final byte[] KEY = key(1);
    private static final DeviceCookie LAPTOP = new DeviceCookie(new UserId(42), "AAAAAAAAAAAAAAAAAAAAAAAA");

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aCookieSignedUnderTheKeyNamesItsAccountAndDevice() {
        assertThat(DeviceCookie.verify(LAPTOP.signed(KEY), KEY)).contains(LAPTOP);
    }

    @Test
    void aCookieForAnotherAccountAForgedTagOrAnotherKeyIsNotOne() {
        String signed = LAPTOP.signed(KEY);
        String otherAccount = signed.replaceFirst("^42\\.", "43.");
        String forged = signed.substring(0, signed.length() - 1) + (signed.endsWith("A") ? "B" : "A");

        assertThat(DeviceCookie.verify(otherAccount, KEY)).isEmpty();
        assertThat(DeviceCookie.verify(forged, KEY)).isEmpty();
        assertThat(DeviceCookie.verify(signed, key(2))).isEmpty();
        assertThat(DeviceCookie.verify("99999999999999999999.AAAAAAAAAAAAAAAAAAAAAAAA." + "A".repeat(43), KEY)).isEmpty();
        assertThat(DeviceCookie.verify("", KEY)).isEmpty();
    }
}
