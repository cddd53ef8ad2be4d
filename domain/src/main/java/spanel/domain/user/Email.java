package spanel.domain.user;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised so that one mailbox is one account: Unicode NFKC (full-width
 * "ｕｓｅｒ@ｘ.io" is "user@x.io") and lower case. The check is deliberately plain
 * (something@domain.tld, no spaces, no control characters): the mailbox itself proves the rest.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public Email {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("an email address is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an email address has at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an email address");
        }
        if (!value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an email address is kept in lower case; use Email.of");
        }
    }

    /** Trims, NFKC-normalises and lower-cases what a person typed, then checks it. */
    public static Email of(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("an email address is required");
        }
        String normalised = normalise(typed);
        if (CONTROL.matcher(normalised).find()) {
            throw new IllegalArgumentException("an email address has no control characters");
        }
        return new Email(normalised);
    }

    /** NFKC, lower case, NFKC again (lower-casing can leave a form NFKC would change), trimmed. */
    static String normalise(String typed) {
        String folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
