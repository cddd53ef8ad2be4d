package spanel.adapter.http.subscription;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;

/** The escaping the link and line formats rely on: URI components and JSON strings. */
final class Text {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Text() {
    }

    /**
     * Percent-encodes the UTF-8 bytes of a value: everything but {@code A-Z a-z 0-9 - . _ ~} becomes
     * {@code %XX} in upper-case hex, so a space is {@code %20} and {@code #}, {@code &}, {@code /}
     * never reach the URI unescaped.
     */
    static String pct(String value) {
        StringBuilder out = new StringBuilder(value.length() * 3 / 2);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** A JSON string literal, quotes included; non-ASCII stays as UTF-8, controls become escapes. */
    static String json(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
