package spanel.adapter.http.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import spanel.adapter.http.support.InvalidRequest;

/**
 * REALITY keys as Xray writes them ({@code xray x25519}: 32 bytes, base64url without padding). The
 * pairs are RFC 7748's X25519 test vectors (section 6.1, Alice's and Bob's), written that way.
 */
class RealityTest {

    static final String ALICE_PRIVATE = "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo";
    static final String ALICE_PUBLIC = "hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo";
    static final String BOB_PRIVATE = "XasIfmJKikt54X-Lg4AO5m87sSkmGLb9HC-LJ_-I4Os";
    static final String BOB_PUBLIC = "3p7bfXt9wbTTW2HC7OQ1Nz-DQ8hbeGdNrfx-FG-IK08";

    @Test
    void thePublicKeyIsDerivedFromThePrivateKeyAsX25519Does() {
        assertThat(Reality.publicKeyOf(ALICE_PRIVATE)).isEqualTo(ALICE_PUBLIC);
        assertThat(Reality.publicKeyOf(BOB_PRIVATE)).isEqualTo(BOB_PUBLIC);
    }

    @Test
    void aPrivateKeyThatIsNot32BytesInBase64urlIsRefusedNamingIt() {
        for (String bad : new String[] {"k", ALICE_PRIVATE + "A", BOB_PRIVATE.replace('-', '+'), "dwdtCnMYpX08FsFyUbJmRd9ML4frwJkqsXf7pR25LCo="}) {
            assertThatThrownBy(() -> Reality.publicKeyOf(bad)).as(bad).isInstanceOf(InvalidRequest.class)
                    .hasMessageStartingWith("custom_config.reality-opts.private_key: ");
        }
    }
}
