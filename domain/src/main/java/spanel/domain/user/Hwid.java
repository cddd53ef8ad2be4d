package spanel.domain.user;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A device id a proxy client sends in {@code x-hwid}: 10 to 64 of {@code A-Z a-z 0-9 = -}, the
 * form the apps that send it use. Anything else is as if no id came. It is a tracking identifier,
 * so only its hash is ever stored.
 */
public record Hwid(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9=-]{10,64}");

    public Hwid {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a device id is 10 to 64 of A-Z a-z 0-9 = -");
        }
    }

    /** The id in a header value, or empty when it is absent or not of the form. */
    public static Optional<Hwid> parse(String header) {
        String value = header == null ? "" : header.strip();
        return FORM.matcher(value).matches() ? Optional.of(new Hwid(value)) : Optional.empty();
    }

    /** The only form the id is stored in. */
    public TokenHash hash() {
        return TokenHash.of(value);
    }

    @Override
    public String toString() {
        return "Hwid[***]";
    }
}
