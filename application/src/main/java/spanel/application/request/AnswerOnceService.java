package spanel.application.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.request.port.out.IdempotentAnswers;
import spanel.domain.error.IdempotencyMismatch;

/**
 * The key is claimed, the work done and its answer stored in one transaction, so they commit
 * together or not at all: a request that fails (a refusal, an outage) leaves the key free for the
 * retry, and a racing request with the same key waits on the claim and then replays the answer.
 * The work's own transaction joins this one.
 */
public final class AnswerOnceService implements AnswerOnce {

    /** How long a key's answer is kept and replayed; afterwards the key starts a new request. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotentAnswers answers;
    private final TransactionRunner transactions;
    private final Clock clock;

    public AnswerOnceService(IdempotentAnswers answers, TransactionRunner transactions, Clock clock) {
        this.answers = Objects.requireNonNull(answers);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Answered answer(Command command, Supplier<String> work) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            if (!answers.claim(command.user(), command.key(), command.fingerprint(), now, now.minus(RETENTION))) {
                IdempotentAnswers.Stored first = answers.find(command.user(), command.key())
                        .orElseThrow(() -> new IllegalStateException("a lost claim left no answer behind"));
                if (!first.fingerprint().equals(command.fingerprint())) {
                    throw new IdempotencyMismatch("Idempotency-Key: this key was used for another request");
                }
                return new Answered(first.body(), true);
            }
            String body = work.get();
            answers.answer(command.user(), command.key(), body);
            return new Answered(body, false);
        });
    }
}
