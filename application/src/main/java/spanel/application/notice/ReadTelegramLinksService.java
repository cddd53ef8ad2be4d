package spanel.application.notice;

import java.time.Clock;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spanel.application.notice.port.in.ReadTelegramLinks;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.application.notice.port.out.TelegramUpdates;

/**
 * Polls the bot's updates and links each chat that sent {@code /start CODE} with a code that is
 * still good. The offset is kept in memory: after a restart the Bot API hands back what was not yet
 * confirmed, and a code already spent links nothing twice.
 */
public final class ReadTelegramLinksService implements ReadTelegramLinks {

    private static final Pattern START = Pattern.compile("^/start(?:@\\w+)?\\s+([A-Za-z0-9]{1,64})\\s*$");

    private final TelegramUpdates updates;
    private final NoticePreferences preferences;
    private final Clock clock;
    private long offset;

    public ReadTelegramLinksService(TelegramUpdates updates, NoticePreferences preferences, Clock clock) {
        this.updates = Objects.requireNonNull(updates);
        this.preferences = Objects.requireNonNull(preferences);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public synchronized int read() {
        int linked = 0;
        for (TelegramUpdates.Update update : updates.updates(offset)) {
            offset = Math.max(offset, update.id() + 1);
            Matcher start = START.matcher(update.text());
            if (start.matches() && preferences.linkTelegram(LinkTelegramService.hash(start.group(1)), update.chatId(),
                    clock.instant()).isPresent()) {
                linked++;
            }
        }
        return linked;
    }
}
