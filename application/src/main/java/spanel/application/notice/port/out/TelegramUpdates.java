package spanel.application.notice.port.out;

import java.util.List;

/** The messages users sent the bot, read by polling. */
public interface TelegramUpdates {

    /**
     * The updates from {@code offset} on (confirming those before it), oldest first.
     *
     * @throws NoticeSender.NotDelivered when the Bot API did not answer
     */
    List<Update> updates(long offset);

    /** One message to the bot: its update id, the chat it came from, its text. */
    record Update(long id, long chatId, String text) {
    }
}
