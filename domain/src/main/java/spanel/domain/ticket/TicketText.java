package spanel.domain.ticket;

/**
 * What a ticket's subject and messages may hold: plain text of bounded length. Line breaks and tabs
 * are kept; other control characters are refused, since they only ever hide or garble what is shown.
 */
public final class TicketText {

    public static final int SUBJECT_MAX = 120;
    public static final int TEXT_MAX = 5000;

    private TicketText() {
    }

    /** The subject as given: 1 to {@value #SUBJECT_MAX} characters on one line, not blank. */
    public static String subject(String subject) {
        return check("subject", subject, SUBJECT_MAX, false);
    }

    /** A message as given: 1 to {@value #TEXT_MAX} characters, not blank. */
    public static String text(String text) {
        return check("text", text, TEXT_MAX, true);
    }

    private static String check(String field, String value, int max, boolean lines) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean kept = lines && (c == '\n' || c == '\r' || c == '\t');
            if (Character.isISOControl(c) && !kept) {
                throw new IllegalArgumentException(field + ": control characters are not allowed"
                        + (lines ? " (line breaks and tabs are)" : ""));
            }
        }
        return value;
    }
}
