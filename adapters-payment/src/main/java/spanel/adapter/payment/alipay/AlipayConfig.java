package spanel.adapter.payment.alipay;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * ALIPAY_APP_ID, ALIPAY_PRIVATE_KEY (the app's RSA key, PKCS#8, base64 with or without PEM lines),
 * ALIPAY_PUBLIC_KEY (Alipay's public key, X.509), ALIPAY_GATEWAY_URL. Keys are read here, once:
 * an unreadable key refuses start-up instead of failing the first payment.
 */
public record AlipayConfig(String appId, PrivateKey appPrivateKey, PublicKey alipayPublicKey, String gatewayUrl) {

    public static final String DEFAULT_GATEWAY_URL = "https://openapi.alipay.com/gateway.do";

    public AlipayConfig {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appPrivateKey, "appPrivateKey");
        Objects.requireNonNull(alipayPublicKey, "alipayPublicKey");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        if (appId.isBlank()) {
            throw new IllegalArgumentException("ALIPAY_APP_ID must not be blank");
        }
        if (!gatewayUrl.startsWith("http://") && !gatewayUrl.startsWith("https://")) {
            throw new IllegalArgumentException("ALIPAY_GATEWAY_URL must start with http:// or https://");
        }
    }

    public static AlipayConfig of(String appId, String privateKey, String publicKey, String gatewayUrl) {
        return new AlipayConfig(appId, privateKey(privateKey), publicKey(publicKey), gatewayUrl);
    }

    static PrivateKey privateKey(String text) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(base64(text, "ALIPAY_PRIVATE_KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ALIPAY_PRIVATE_KEY is not an RSA private key in PKCS#8 (base64)");
        }
    }

    static PublicKey publicKey(String text) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(base64(text, "ALIPAY_PUBLIC_KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("ALIPAY_PUBLIC_KEY is not an RSA public key in X.509 (base64)");
        }
    }

    private static byte[] base64(String text, String variable) {
        String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " is not base64");
        }
    }
}
