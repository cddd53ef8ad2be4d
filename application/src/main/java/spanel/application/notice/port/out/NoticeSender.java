package spanel.application.notice.port.out;

import java.util.Map;
import java.util.Optional;
import spanel.domain.notice.NoticeEvent;

/** Sends notices over one channel, within a bounded time. */
public interface NoticeSender {

    /**
     * Sends one notice. {@code id} is stable across attempts (the outbox row), so a receiver can
     * drop a notice it got twice.
     *
     * @throws NotDelivered when the channel did not take it
     */
    void send(Outgoing outgoing);

    /** One notice on its way: where to, and what it says. */
    record Outgoing(long id, NoticeEvent event, long user, Optional<String> email, Optional<Long> telegramChat,
            String subject, String body, Map<String, String> values) {

        public Outgoing {
            values = Map.copyOf(values);
        }
    }

    /** The channel did not take the notice; tried again later unless {@code final} says it never will. */
    final class NotDelivered extends RuntimeException {

        private final boolean lasting;

        public NotDelivered(String reason) {
            this(reason, false);
        }

        public NotDelivered(String reason, boolean lasting) {
            super(reason);
            this.lasting = lasting;
        }

        /** Whether trying again cannot help (no address to send to): the notice is given up at once. */
        public boolean lasting() {
            return lasting;
        }
    }
}
