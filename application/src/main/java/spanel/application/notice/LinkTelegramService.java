package spanel.application.notice;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import spanel.application.notice.port.in.LinkTelegram;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * A fresh code of {@value #LENGTH} characters, good for {@link #TTL}; only its SHA-256 is kept, and
 * the user's earlier code stops working.
 */
public final class LinkTelegramService implements LinkTelegram {

    public static final int LENGTH = 10;
    public static final Duration TTL = Duration.ofMinutes(15);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final NoticePreferences preferences;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public LinkTelegramService(NoticePreferences preferences, Clock clock) {
        this.preferences = Objects.requireNonNull(preferences);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LinkCode start(UserId user) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant expires = clock.instant().plus(TTL);
        preferences.keepLinkCode(user, hash(code.toString()), expires);
        return new LinkCode(code.toString(), expires);
    }

    /** How a code is kept and looked up: its SHA-256, upper-cased first so a code typed in lower case still links. */
    static String hash(String code) {
        return TokenHash.of(code.strip().toUpperCase(java.util.Locale.ROOT)).hex();
    }
}
