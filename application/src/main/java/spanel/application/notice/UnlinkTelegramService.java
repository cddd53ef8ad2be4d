package spanel.application.notice;

import java.util.Objects;
import spanel.application.notice.port.in.UnlinkTelegram;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.domain.user.UserId;

public final class UnlinkTelegramService implements UnlinkTelegram {

    private final NoticePreferences preferences;

    public UnlinkTelegramService(NoticePreferences preferences) {
        this.preferences = Objects.requireNonNull(preferences);
    }

    @Override
    public Unlinked unlink(UserId user) {
        return new Unlinked(preferences.unlinkTelegram(user));
    }
}
