package spanel.application.user.port.out;

import spanel.domain.user.Email;

/** Sends mail to users (password-reset links). Throws when the mail server refuses or does not answer. */
public interface Mailer {

    void send(Email to, String subject, String text);
}
