package spanel.application.request.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.user.UserId;

/** Answers stored per (user, Idempotency-Key); every method joins the caller's transaction. */
public interface IdempotentAnswers {

    /**
     * Claims the key for a request with this fingerprint: true when this request is the first (a
     * claim made before {@code expiredBefore} no longer counts, nor one still without an answer made
     * before {@code abandonedBefore}), false when another holds it. Of racing claims exactly one
     * wins; the others wait for it to commit, or to roll back and free the key.
     */
    boolean claim(UserId user, String key, String fingerprint, Instant now, Instant expiredBefore, Instant abandonedBefore);

    /** Frees a claim that has no answer (its work failed), so the retry is carried out. */
    void release(UserId user, String key);

    /** The request that holds the key and what it answered. */
    Optional<Stored> find(UserId user, String key);

    /** Stores the answer of the request that claimed the key. */
    void answer(UserId user, String key, String body);

    /** Forgets every key claimed before {@code cutoff}; answers how many. */
    int forgetBefore(Instant cutoff);

    /** {@code body} is empty while the request that claimed the key is still being carried out. */
    record Stored(String fingerprint, Optional<String> body) {
    }
}
