package spanel.domain.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OWASP's device cookie: proof that a client logged in to an account before, from a device named
 * by a random id. Its text is "user id.device id.tag", the tag the HMAC-SHA256 of both under a
 * server key, so nobody without the key can make one for an account. It opens nothing by itself:
 * it only decides which limit a log-in attempt with the password counts against.
 */
public record DeviceCookie(UserId account, String deviceId) {

    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{22,64})\\.([A-Za-z0-9_-]{43})");

    public DeviceCookie {
        Objects.requireNonNull(account, "account");
        if (deviceId == null || !DEVICE_ID.matcher(deviceId).matches()) {
            throw new IllegalArgumentException("a device id is 22 to 64 URL-safe Base64 characters");
        }
    }

    /** The cookie's text under the key. */
    public String signed(byte[] key) {
        return account.value() + "." + deviceId + "." + tag(key, account, deviceId);
    }

    /** The cookie a text names, when its tag is right under the key; empty for anything else. */
    public static Optional<DeviceCookie> verify(String text, byte[] key) {
        Matcher parts = text == null ? null : TEXT.matcher(text);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        UserId account = new UserId(Long.parseLong(parts.group(1)));
        String expected = tag(key, account, parts.group(2));
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                parts.group(3).getBytes(StandardCharsets.US_ASCII));
        return matches ? Optional.of(new DeviceCookie(account, parts.group(2))) : Optional.empty();
    }

    private static String tag(byte[] key, UserId account, String deviceId) {
        if (key == null || key.length < SubscriptionToken.MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a device cookie key has at least " + SubscriptionToken.MIN_KEY_BYTES + " bytes");
        }
        byte[] tag = SubscriptionToken.hmacSha256(key,
                ("device:" + account.value() + ":" + deviceId).getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }
}
