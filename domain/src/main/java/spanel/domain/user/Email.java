package spanel.domain.user;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, normalised to lower case so that one mailbox is one account. The check is
 * deliberately plain (something@domain.tld, no spaces): the mailbox itself proves the rest.
 */
public record Email(String value) {

    public static final int MAX_LENGTH = 255;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

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

    /** Trims and lower-cases what a person typed, then checks it. */
    public static Email of(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("an email address is required");
        }
        return new Email(typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
