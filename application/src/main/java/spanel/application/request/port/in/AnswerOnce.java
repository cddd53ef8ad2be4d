package spanel.application.request.port.in;

import java.util.Objects;
import java.util.function.Supplier;
import spanel.domain.user.UserId;

/**
 * A request that carries an Idempotency-Key is carried out once per user and key: the work and the
 * answer it gave are stored in one transaction, and the same key again (within the retention) gets
 * that answer back and does nothing. The same key with another request is refused. Work that calls
 * out (a payment gateway, up to 15 s) holds no transaction while it waits: the key is claimed and
 * committed first, and the same key meanwhile is refused as in progress.
 */
public interface AnswerOnce {

    /** Runs {@code work} (which answers the serialised response) unless the key has an answer already. */
    Answered answer(Command command, Supplier<String> work);

    /**
     * The user, the key as the client sent it (1 to 255 visible ASCII characters), a digest of
     * the request (method, path, body) that tells "the same request" from "another one", and
     * whether the work calls out: then the key is claimed in a transaction of its own, the work runs
     * outside any, and its answer is stored in a third; a work that fails frees the key.
     */
    record Command(UserId user, String key, String fingerprint, boolean callsOut) {
        public static final int MAX_KEY_LENGTH = 255;

        /** Work that stays in the database: claim, work and answer in one transaction. */
        public Command(UserId user, String key, String fingerprint) {
            this(user, key, fingerprint, false);
        }

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
