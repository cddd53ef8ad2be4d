package spanel.adapter.http.subscription;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;

/** The escaping every format relies on: URI components, JSON strings and YAML double-quoted scalars. */
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

    /**
     * A YAML double-quoted scalar: backslash and quote escaped, and every character YAML does not
     * count as printable (controls, DEL, C1, the BOM) or reads as a line break (NEL, U+2028, U+2029)
     * written as an escape, so no value can end the scalar, start a comment or break a line.
     */
    static String yaml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || c >= 0xFFFE || Character.isSurrogate(c) && !pairedAt(value, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean pairedAt(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }
}
