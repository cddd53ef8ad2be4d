package spanel.application.notice;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.notice.port.in.OutboxQueries;
import spanel.application.notice.port.out.Outbox;

public final class OutboxQueryService implements OutboxQueries {

    private final Outbox outbox;

    public OutboxQueryService(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox);
    }

    @Override
    public List<Delivery> latest(Optional<String> state, int limit) {
        Optional<Outbox.State> in = state.map(word -> Arrays.stream(Outbox.State.values())
                .filter(known -> known.word().equals(word)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a state is pending, sent or failed (got '" + word + "')")));
        return outbox.list(in, limit).stream()
                .map(listed -> new Delivery(listed.id(), listed.event().word(), listed.user(), listed.boundary(),
                        listed.channel().word(), listed.state().word(), listed.attempts(), listed.createdAt(),
                        listed.nextAttemptAt(), listed.lastError()))
                .toList();
    }
}
