package spanel.domain.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NodeStatusTest {

    private static NodeStatus cpu(double share) {
        return new NodeStatus(OptionalInt.empty(), Optional.empty(), OptionalDouble.of(share), OptionalDouble.empty(),
                OptionalDouble.empty(), Optional.of(Instant.EPOCH));
    }

    @Test
    void theLoadIsTheShareOfCpuInUseAsAWholePercentage() {
        assertThat(cpu(0.374).loadPercent()).hasValue(37);
        assertThat(cpu(0.375).loadPercent()).hasValue(38);
        assertThat(cpu(0).loadPercent()).hasValue(0);
        assertThat(cpu(1).loadPercent()).hasValue(100);
    }

    @Test
    void aShareAboveOneCountsAsAFullNode() {
        assertThat(cpu(2.5).loadPercent()).hasValue(100);
    }

    @Test
    void aNodeThatSentNoCpuFigureHasNoLoad() {
        assertThat(NodeStatus.NONE.loadPercent()).isEmpty();
    }
}
