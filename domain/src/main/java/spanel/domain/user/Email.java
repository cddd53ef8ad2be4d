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
    /**
     * Characters that show nothing (Unicode's default-ignorable code points: zero-width spaces and
     * joiners, the BOM, soft hyphens, bidi marks, variation selectors, Hangul fillers): an address
     * with them looks like, and is, the address without them.
     */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cf}\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u3164\\ufe00-\\ufe0f\\uffa0"
                    + "\\x{e0100}-\\x{e01ef}]");
    /** Separators, private-use, unassigned and surrogate code points: no mailbox name has them. */
    private static final Pattern UNUSABLE = Pattern.compile("[\\p{Z}\\p{Co}\\p{Cn}\\p{Cs}]");

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

    /**
     * Trims, NFKC-normalises, lower-cases and drops invisible characters from what a person typed,
     * then checks it; a separator or an unusable code point inside it is refused.
     */
    public static Email of(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("an email address is required");
        }
        String normalised = normalise(typed);
        if (CONTROL.matcher(normalised).find()) {
            throw new IllegalArgumentException("an email address has no control characters");
        }
        if (UNUSABLE.matcher(normalised).find()) {
            throw new IllegalArgumentException("not an email address: it has a space, a separator or an unusable character");
        }
        return new Email(normalised);
    }

    /**
     * Invisible characters dropped, NFKC, lower case, NFKC again (lower-casing can leave a form NFKC
     * would change), invisible characters dropped again (NFKC can make one), trimmed.
     */
    static String normalise(String typed) {
        String visible = INVISIBLE.matcher(typed).replaceAll("");
        String folded = Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return INVISIBLE.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKC)).replaceAll("").strip();
    }

    @Override
    public String toString() {
        return value;
    }
}
