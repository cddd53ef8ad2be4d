package spanel.application.giftcard;

import java.util.random.RandomGenerator;
import spanel.application.common.ServerKey;
import spanel.application.common.port.out.ServerSecrets;
import spanel.domain.giftcard.GiftCardCode;

/**
 * Hashes gift card codes under a server key drawn once and kept with the other server secrets, so
 * every instance hashes alike and a copy of the gift card table alone gives no usable code.
 */
public final class GiftCardKeys {

    static final String KEY_NAME = "giftcard-key";
    private static final int KEY_BYTES = 32;

    private final ServerKey key;

    public GiftCardKeys(ServerSecrets secrets, RandomGenerator secureRandom) {
        this.key = new ServerKey(secrets, KEY_NAME, KEY_BYTES, secureRandom);
    }

    /** The stored hash of a normalised code. */
    String hash(String normalisedCode) {
        return GiftCardCode.hash(normalisedCode, key.bytes());
    }
}
