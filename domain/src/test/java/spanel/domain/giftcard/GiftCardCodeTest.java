package spanel.domain.giftcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GiftCardCodeTest {

    private static final byte[] KEY = "a server key of thirty-two bytes".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCodeIsTwentyCharactersWithoutLookAlikesInGroupsOfFive() {
        String code = GiftCardCode.random(new Random(7));

        assertThat(code).matches("[2-9A-HJKMNP-Z]{5}(-[2-9A-HJKMNP-Z]{5}){3}");
    }

    @Test
    void aCodeIsReadBackWhateverTheCaseDashesAndSpaces() {
        String code = GiftCardCode.random(new Random(7));
        String normalised = code.replace("-", "");

        assertThat(GiftCardCode.normalise(code)).contains(normalised);
        assertThat(GiftCardCode.normalise(" " + code.toLowerCase().replace("-", " ") + " ")).contains(normalised);
        assertThat(GiftCardCode.normalise(normalised + "2")).isEmpty();
        assertThat(GiftCardCode.normalise(normalised.substring(1) + "O")).as("O looks like 0: not in the alphabet").isEmpty();
        assertThat(GiftCardCode.normalise("<script>")).isEmpty();
        assertThat(GiftCardCode.normalise(null)).isEmpty();
    }

    @Test
    void theHashDependsOnTheKeyAndIsTheSameForTheSameCode() {
        String normalised = GiftCardCode.normalise(GiftCardCode.random(new Random(7))).orElseThrow();

        assertThat(GiftCardCode.hash(normalised, KEY)).hasSize(64).isEqualTo(GiftCardCode.hash(normalised, KEY.clone()))
                .isNotEqualTo(GiftCardCode.hash(normalised, "another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII)));
        assertThat(GiftCardCode.hint(normalised)).isEqualTo(normalised.substring(0, 4));
    }
}
