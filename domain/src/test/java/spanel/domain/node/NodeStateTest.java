package spanel.domain.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeStateTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Duration DOWN_AFTER = Duration.ofSeconds(300);

    private static NodeState heardSecondsAgo(long seconds) {
        return NodeState.of(Optional.of(NOW.minusSeconds(seconds)), NOW, DOWN_AFTER);
    }

    @Test
    void aNodeHeardFromWithinTwoMinutesIsUp() {
        assertThat(heardSecondsAgo(0)).isEqualTo(NodeState.UP);
        assertThat(heardSecondsAgo(120)).isEqualTo(NodeState.UP);
    }

    @Test
    void aNodeSilentLongerThanTwoMinutesButLessThanTheDownTimeIsLate() {
        assertThat(heardSecondsAgo(121)).isEqualTo(NodeState.LATE);
        assertThat(heardSecondsAgo(299)).isEqualTo(NodeState.LATE);
    }

    @Test
    void aNodeSilentForTheDownTimeOrNeverHeardFromIsDown() {
        assertThat(heardSecondsAgo(300)).isEqualTo(NodeState.DOWN);
        assertThat(NodeState.of(Optional.empty(), NOW, DOWN_AFTER)).isEqualTo(NodeState.DOWN);
    }

    @Test
    void theDownTimeIsTheOperators() {
        assertThat(NodeState.of(Optional.of(NOW.minusSeconds(600)), NOW, Duration.ofSeconds(900))).isEqualTo(NodeState.LATE);
    }
}
