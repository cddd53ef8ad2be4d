package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Node names as profiles carry them: kept as stored (emoji, CJK, {@code #}, quotes survive, each
 * format quotes or escapes them), minus control characters and line separators, which could split a
 * link line; and unique within one profile, since Clash and sing-box refuse a duplicate.
 */
final class Names {

    private Names() {
    }

    /** The name without C0 controls, DEL, C1 controls, the Unicode line and paragraph separators or lone surrogates. */
    static String safe(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                out.append(c).append(name.charAt(++i));
            } else if (!(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || Character.isSurrogate(c))) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * The nodes, in order, renamed so that no two share a name and none takes a reserved one (the
     * profile's own group or outbound names): a repeat gets " (2)", " (3)", … , the first free one.
     */
    static List<ProfileNode> unique(List<ProfileNode> nodes, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        List<ProfileNode> named = new ArrayList<>(nodes.size());
        for (ProfileNode node : nodes) {
            String name = node.name();
            for (int n = 2; !taken.add(name); n++) {
                name = node.name() + " (" + n + ")";
            }
            named.add(node.named(name));
        }
        return named;
    }
}
