package spanel.application.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.request.port.in.AnswerOnce;
import spanel.application.request.port.out.IdempotentAnswers;
import spanel.domain.error.IdempotencyInProgress;
import spanel.domain.error.IdempotencyMismatch;

/**
 * The key is claimed, the work done and its answer stored in one transaction, so they commit
 * together or not at all: a request that fails (a refusal, an outage) leaves the key free for the
 * retry, and a racing request with the same key waits on the claim and then replays the answer.
 * The work's own transaction joins this one.
 *
 * <p>Work that calls out (a gateway) would hold that transaction and its connection for as long as
 * the gateway takes, so it goes in three steps instead: the claim commits on its own, the work runs
 * outside any transaction, and the answer is stored in a short transaction after it (or, when the
 * work fails, the claim is freed). The same key meanwhile is refused with
 * {@link IdempotencyInProgress} rather than made to wait. A claim still without an answer after
 * {@link #ABANDONED_AFTER} was left by a process that stopped mid-request, and gives way.
 */
public final class AnswerOnceService implements AnswerOnce {

    /** How long a key's answer is kept and replayed; afterwards the key starts a new request. */
    public static final Duration RETENTION = Duration.ofHours(24);

    /** Longer than any call out can take (a gateway's 5 s to connect and 15 s to answer). */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

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
        if (command.callsOut()) {
            return answerAroundTheCall(command, work);
        }
        return transactions.inTransaction(() -> {
            if (!claim(command)) {
                return replay(command);
            }
            String body = work.get();
            answers.answer(command.user(), command.key(), body);
            return new Answered(body, false);
        });
    }

    private Answered answerAroundTheCall(Command command, Supplier<String> work) {
        Optional<Answered> earlier = transactions.inTransaction(
                () -> claim(command) ? Optional.<Answered>empty() : Optional.of(replay(command)));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String body;
        try {
            body = work.get();
        } catch (RuntimeException e) {
            try {
                transactions.inTransaction(() -> answers.release(command.user(), command.key()));
            } catch (RuntimeException alsoFailed) {
                // The claim then gives way after ABANDONED_AFTER.
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        transactions.inTransaction(() -> answers.answer(command.user(), command.key(), body));
        return new Answered(body, false);
    }

    private boolean claim(Command command) {
        Instant now = clock.instant();
        return answers.claim(command.user(), command.key(), command.fingerprint(), now, now.minus(RETENTION),
                now.minus(ABANDONED_AFTER));
    }

    private Answered replay(Command command) {
        IdempotentAnswers.Stored first = answers.find(command.user(), command.key())
                .orElseThrow(() -> new IllegalStateException("a lost claim left no answer behind"));
        if (!first.fingerprint().equals(command.fingerprint())) {
            throw new IdempotencyMismatch("Idempotency-Key: this key was used for another request");
        }
        return new Answered(first.body().orElseThrow(() -> new IdempotencyInProgress(
                "Idempotency-Key: the first request with this key is still being carried out; try again in a few seconds")),
                true);
    }
}
