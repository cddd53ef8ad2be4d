package spanel.adapter.payment.epay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import spanel.adapter.payment.support.CanonicalString;

/** EPay's classic MD5 signature (see CanonicalString): signing and checking are the same computation. */
final class EpaySignature {

    private EpaySignature() {
    }

    /** Lowercase hex MD5 of the canonical string with the merchant key appended directly. */
    static String sign(Map<String, String> params, String key) {
        return md5Hex(CanonicalString.of(params, CanonicalString.EMPTY) + key);
    }

    /** Constant-time comparison of the received sign with the expected one. */
    static boolean verify(Map<String, String> params, String key, String sign) {
        return MessageDigest.isEqual(sign(params, key).getBytes(StandardCharsets.US_ASCII),
                sign.getBytes(StandardCharsets.UTF_8));
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
