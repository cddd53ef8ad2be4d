package spanel.domain.user;

import java.util.regex.Pattern;

/** The SHA-256 of an access token, in lower-case hex: the only form a token is stored in. */
public record TokenHash(String hex) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public TokenHash {
        if (hex == null || !HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
        }
    }
}
