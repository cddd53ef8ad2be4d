package spanel.adapter.payment.alipay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Alipay's RSA2: SHA256withRSA over UTF-8 bytes, the signature in base64. */
final class Rsa2 {

    private static final String ALGORITHM = "SHA256withRSA";

    private Rsa2() {
    }

    static String sign(String content, PrivateKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the app's private key", e);
        }
    }

    /** False for any malformed signature as well as a wrong one. */
    static boolean verify(String content, String base64Signature, PublicKey key) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(base64Signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
