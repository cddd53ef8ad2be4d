package spanel.domain.content;

import java.util.Set;

/**
 * The limits of what announcements and articles hold: a one-line title, a Markdown body (shown
 * only through the safe renderer), a category, and a language of the panel's.
 */
public final class ContentText {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int CATEGORY_MAX = 64;
    /** The languages articles are written in; a user's list is in one of them. */
    public static final Set<String> LANGUAGES = Set.of("en", "zh-CN");

    private ContentText() {
    }

    public static String title(String title) {
        return line("title", title, TITLE_MAX);
    }

    public static String category(String category) {
        return line("category", category, CATEGORY_MAX);
    }

    public static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("body: must not be blank");
        }
        if (body.codePointCount(0, body.length()) > BODY_MAX) {
            throw new IllegalArgumentException("body: at most " + BODY_MAX + " characters");
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException("body: control characters are not allowed (line breaks and tabs are)");
        }
        return body;
    }

    public static String language(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language: one of en, zh-CN");
        }
        return language;
    }

    private static String line(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        if (value.codePointCount(0, value.length()) > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + ": one line without control characters");
        }
        return value;
    }
}
