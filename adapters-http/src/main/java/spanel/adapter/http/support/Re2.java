package spanel.adapter.http.support;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Whether a pattern compiles as RE2, the syntax node backends (Go's regexp) compile audit rules
 * with; XrayR panics on one that does not (look-around, back-references, ...).
 */
public final class Re2 {

    private Re2() {
    }

    public static boolean compiles(String regex) {
        if (regex == null || regex.isEmpty()) {
            return false;
        }
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
