package spanel.application.notice.port.in;

/** Reads what users sent the bot and links each chat that sent a valid {@code /start CODE}. */
public interface ReadTelegramLinks {

    /** Answers how many chats were linked. */
    int read();
}
