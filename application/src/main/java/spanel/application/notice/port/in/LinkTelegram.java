package spanel.application.notice.port.in;

import java.time.Instant;
import spanel.domain.user.UserId;

/** A one-time code the user sends the bot as {@code /start CODE}; a new code replaces the last. */
public interface LinkTelegram {

    LinkCode start(UserId user);

    record LinkCode(String code, Instant expiresAt) {
    }
}
