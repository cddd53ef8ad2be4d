package spanel.application.request.port.in;

import java.util.Objects;
import java.util.function.Supplier;
import spanel.domain.user.UserId;

/**
 * A request that carries an Idempotency-Key is carried out once per user and key: the work and the
 * answer it gave are stored in one transaction, and the same key again (within the retention) gets
 * that answer back and does nothing. The same key with another request is refused.
 */
public interface AnswerOnce {

    /** Runs {@code work} (which answers the serialised response) unless the key has an answer already. */
    Answered answer(Command command, Supplier<String> work);

    /**
     * The user, the key as the client sent it (1 to 255 visible ASCII characters), and a digest of
     * the request (method, path, body) that tells "the same request" from "another one".
     */
    record Command(UserId user, String key, String fingerprint) {
        public static final int MAX_KEY_LENGTH = 255;

        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException(
                        "Idempotency-Key: 1 to " + MAX_KEY_LENGTH + " visible ASCII characters are required");
            }
        }
    }

    /** The response body, and whether it is the stored answer of an earlier request with the key. */
    record Answered(String body, boolean repeat) {
        public Answered {
            Objects.requireNonNull(body, "body");
        }
    }
}
