package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceIdTest {

    @Test
    void aDeviceIdIsTenToSixtyFourLettersDigitsEqualsOrHyphensAndAnythingElseIsNone() {
        assertThat(Hwid.parse(" 0123456789 ")).contains(new Hwid("0123456789"));
        assertThat(Hwid.parse("b831381d-6324-4d53-ad4f-8cda48b30811")).isPresent();
        assertThat(Hwid.parse("QUJDREVGR0hJSks=")).isPresent();
        assertThat(Hwid.parse("x".repeat(64))).isPresent();
        assertThat(Hwid.parse("x".repeat(65))).isEmpty();
        assertThat(Hwid.parse("123456789")).isEmpty();
        assertThat(Hwid.parse("0123456789_ab")).isEmpty();
        assertThat(Hwid.parse("01234 56789")).isEmpty();
        assertThat(Hwid.parse(null)).isEmpty();
    }

    @Test
    void onlyTheHashOfTheIdIsEverShown() {
        Hwid id = new Hwid("secret-device-0001");

        assertThat(id.toString()).doesNotContain("secret");
        assertThat(id.hash()).isEqualTo(TokenHash.of("secret-device-0001"));
    }

    @Test
    void whatADeviceSaysAboutItselfLosesControlCharactersAndIsCutToItsColumn() {
        DeviceInfo info = new DeviceInfo("i\u0000OS\n", null, "M".repeat(100) , "Happ\u2028/1 " + "a".repeat(300));

        assertThat(info.os()).isEqualTo("iOS");
        assertThat(info.osVersion()).isEmpty();
        assertThat(info.model()).hasSize(DeviceInfo.FIELD_LENGTH);
        assertThat(info.app()).startsWith("Happ/1 a").hasSize(DeviceInfo.APP_LENGTH);
    }
}
