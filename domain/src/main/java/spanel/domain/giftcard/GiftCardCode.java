package spanel.domain.giftcard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A gift card's code: 20 characters from an alphabet without look-alikes (100 random bits), shown
 * in groups of five ({@code ABCDE-FGHJK-...}) and read back whatever the case, dashes and spaces.
 * Only its keyed hash is stored, so the stored rows alone redeem nothing.
 */
public final class GiftCardCode {

    public static final int LENGTH = 20;
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int GROUP = 5;
    /** How many leading characters an admin list shows to tell codes apart: 20 bits of the 100. */
    public static final int HINT_LENGTH = 4;

    private GiftCardCode() {
    }

    /** A new code as shown to the admin: upper case, in dashed groups. */
    public static String random(RandomGenerator secureRandom) {
        StringBuilder code = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(secureRandom.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, without dashes or spaces, in upper case; empty when it cannot be a code. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** The first characters of a normalised code, which the admin list shows. */
    public static String hint(String normalised) {
        return normalised.substring(0, HINT_LENGTH);
    }

    /** HMAC-SHA256 of the normalised code under the server's key, as lower-case hex. */
    public static String hash(String normalised, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
