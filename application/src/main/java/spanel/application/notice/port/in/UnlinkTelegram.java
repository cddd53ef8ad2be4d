package spanel.application.notice.port.in;

import spanel.domain.user.UserId;

/** Forgets the user's Telegram chat: no more notices by Telegram until linked again. */
public interface UnlinkTelegram {

    Unlinked unlink(UserId user);

    /** {@code wasLinked}: false when no chat was linked (nothing changed). */
    record Unlinked(boolean wasLinked) {
    }
}
