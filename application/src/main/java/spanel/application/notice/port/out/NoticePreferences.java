package spanel.application.notice.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/** Who hears of what, and how: each user's choices, language and Telegram chat. */
public interface NoticePreferences {

    /** The user's choices: every event and channel the user turned on or off (the rest: on). */
    Choices of(UserId user);

    /** Replaces the choices given (events and channels not named stay as they were) and the language when given. */
    void change(UserId user, Map<NoticeEvent, Map<NoticeChannel, Boolean>> choices, Optional<NoticeLanguage> language);

    /** The ids of the admins, who receive the operators' notices. */
    List<UserId> operators();

    /** Keeps a one-time link code for the user until {@code expiresAt}, replacing one kept before. */
    void keepLinkCode(UserId user, String codeHash, Instant expiresAt);

    /**
     * Links the Telegram chat to the user whose unexpired code it is, and spends the code; empty
     * when no such code (unknown, spent or expired).
     */
    Optional<UserId> linkTelegram(String codeHash, long chatId, Instant now);

    /** Forgets the user's Telegram chat; false when none was linked. */
    boolean unlinkTelegram(UserId user);

    /** The user's choices as kept. */
    record Choices(Map<NoticeEvent, Set<NoticeChannel>> turnedOff, NoticeLanguage language, Optional<Long> telegramChat) {

        public Choices {
            turnedOff = Map.copyOf(turnedOff);
        }

        public boolean wants(NoticeEvent event, NoticeChannel channel) {
            return !turnedOff.getOrDefault(event, Set.of()).contains(channel);
        }
    }
}
