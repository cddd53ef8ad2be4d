package spanel.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SubscriptionTokenTest {

    private static final byte[] KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
        Arrays.fill(OTHER_KEY, (byte) 8);
    }

    @Test
    void aDerivedTokenIsUrlSafeAndCarries256Bits() {
        SubscriptionToken token = SubscriptionToken.derive(KEY, 1, 0);

        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theSameUserGenerationAndKeyGiveTheSameToken() {
        assertThat(SubscriptionToken.derive(KEY, 5, 3).matches(SubscriptionToken.derive(KEY, 5, 3))).isTrue();
    }

    @Test
    void anotherGenerationAnotherUserOrAnotherKeyGiveAnotherToken() {
        SubscriptionToken token = SubscriptionToken.derive(KEY, 5, 3);

        assertThat(token.matches(SubscriptionToken.derive(KEY, 5, 4))).isFalse();
        assertThat(token.matches(SubscriptionToken.derive(KEY, 6, 3))).isFalse();
        assertThat(token.matches(SubscriptionToken.derive(OTHER_KEY, 5, 3))).isFalse();
        // user 1 generation 23 and user 12 generation 3 must not collide through the text they are built from
        assertThat(SubscriptionToken.derive(KEY, 1, 23).matches(SubscriptionToken.derive(KEY, 12, 3))).isFalse();
    }

    @Test
    void tokensAreTheHmacSha256OfTheUserAndGenerationAsTheyAlwaysWere() {
        // Values a panel has handed out: a change of derivation would break every subscription link.
        assertThat(SubscriptionToken.derive(KEY, 42, 7).value()).isEqualTo("ZQyUDfVc65N5KIUDdmtEUyqS08lwDAU3L5neuh1ctmc");
        assertThat(SubscriptionToken.derive(KEY, 1, 0).value()).isEqualTo("iWvNvagoVOcVb1FTc1fduUTdnvyqmM4L48lQHC5hjK8");
    }

    @Test
    void theHmacIsTheStandardOne() {
        // RFC 4231 test case 2
        assertThat(java.util.HexFormat.of().formatHex(SubscriptionToken.hmacSha256(
                "Jefe".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> SubscriptionToken.derive(new byte[16], 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyUrlSafeTextOfTwentyTwoToOneHundredTwentyEightCharactersParses() {
        assertThat(SubscriptionToken.parse("a".repeat(22))).isPresent();
        assertThat(SubscriptionToken.parse("a".repeat(21))).isEmpty();
        assertThat(SubscriptionToken.parse("a".repeat(129))).isEmpty();
        assertThat(SubscriptionToken.parse("a".repeat(21) + "/")).isEmpty();
        assertThat(SubscriptionToken.parse("a".repeat(21) + "=")).isEmpty();
        assertThat(SubscriptionToken.parse(null)).isEmpty();
    }

    @Test
    void itIsKeptAsItsSha256AndNeverPrinted() {
        SubscriptionToken token = SubscriptionToken.derive(KEY, 1, 0);

        assertThat(token.hash()).isEqualTo(TokenHash.of(token.value()));
        assertThat(token.toString()).doesNotContain(token.value());
    }
}
