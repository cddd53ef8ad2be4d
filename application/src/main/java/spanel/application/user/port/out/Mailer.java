package spanel.application.user.port.out;

import spanel.domain.user.Email;

/** Sends mail to users (password-reset links, notices). Throws when the mail server refuses or does not answer. */
public interface Mailer {

    void send(Email to, String subject, String text);

    /**
     * As {@link #send(Email, String, String)}, with headers of the sender's own (names starting
     * {@code X-}), such as a notice's stable id.
     */
    default void send(Email to, String subject, String text, java.util.Map<String, String> headers) {
        send(to, subject, text);
    }
}
