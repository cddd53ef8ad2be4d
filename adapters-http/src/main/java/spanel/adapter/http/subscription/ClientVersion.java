package spanel.adapter.http.subscription;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A client's version as its User-Agent (or {@code ?flag=}) gives it: the version after the first
 * known client name ({@code Stash/2.6.1 Clash/1.9.0} is Stash 2.6.1), else the first
 * {@code /x.y[.z]} in the text. Formats gate what older clients reject on it; a client whose
 * version cannot be read is treated as the oldest.
 */
record ClientVersion(int[] parts) implements Comparable<ClientVersion> {

    /** Client names whose own version follows them, most specific first. */
    private static final String NUMBER = "v?(\\d{1,9}(?:\\.\\d{1,9}){0,3})";
    private static final List<Pattern> NAMES = Stream.of("sing-box", "stash", "surge", "quantumult%20x", "quantumult-x",
            "quantumult x", "loon", "shadowrocket", "hiddify", "clash-verge", "mihomo", "v2rayng", "v2rayn")
            .map(name -> Pattern.compile(Pattern.quote(name) + "[/ ]+" + NUMBER)).toList();
    private static final Pattern ANY = Pattern.compile("/" + NUMBER);

    ClientVersion {
        parts = parts.clone();
    }

    static ClientVersion of(String text) {
        return new ClientVersion(Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    /** The version in a client name, empty when there is none to read. */
    static Optional<ClientVersion> in(String client) {
        if (client == null) {
            return Optional.empty();
        }
        String lower = client.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        String found = null;
        for (Pattern name : NAMES) {
            Matcher m = name.matcher(lower);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = m.group(1);
            }
        }
        if (found == null) {
            Matcher any = ANY.matcher(lower);
            found = any.find() ? any.group(1) : null;
        }
        return Optional.ofNullable(found).map(ClientVersion::of);
    }

    boolean atLeast(String version) {
        return atLeast(of(version));
    }

    boolean atLeast(ClientVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(ClientVersion other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            int a = i < parts.length ? parts[i] : 0;
            int b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientVersion version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        int length = parts.length;
        while (length > 0 && parts[length - 1] == 0) {
            length--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, length));
    }

    @Override
    public String toString() {
        return String.join(".", Arrays.stream(parts).mapToObj(Integer::toString).toList());
    }
}
