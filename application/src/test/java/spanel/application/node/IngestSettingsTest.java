package spanel.application.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import spanel.application.node.port.in.IngestSettings;

class IngestSettingsTest {

    private static IngestSettings waiting(Duration lineWait, Duration connectionTimeout) {
        return new IngestSettings(4, 2, 1_000, 16, 16, lineWait, connectionTimeout, 1, 30);
    }

    @Test
    void aReportIsAnsweredBeforeXrayROrV2bXGiveUpOnIt() {
        IngestSettings ingest = IngestSettings.forDatabasePool(10);

        assertThat(ingest.lineWait().plus(ingest.connectionTimeout())).isLessThan(IngestSettings.NODE_REQUEST_TIMEOUT);
        assertThat(IngestSettings.NODE_REQUEST_TIMEOUT).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aLineWaitThatWithTheConnectionTimeoutReachesTheNodeBackendsTimeoutIsRefused() {
        assertThatThrownBy(() -> waiting(Duration.ofSeconds(4), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 s node backends wait");
        assertThat(waiting(Duration.ofMillis(3_999), Duration.ofSeconds(1)).lineWait()).isEqualTo(Duration.ofMillis(3_999));
    }

    @Test
    void theIngestPoolIsAQuarterOfTheDatabasePoolAtLeastTwoAndHalfOfItAppliesSmallBatches() {
        assertThat(IngestSettings.forDatabasePool(1).poolSize()).isEqualTo(2);
        assertThat(IngestSettings.forDatabasePool(10).poolSize()).isEqualTo(2);
        assertThat(IngestSettings.forDatabasePool(40).poolSize()).isEqualTo(10);
        assertThat(IngestSettings.forDatabasePool(40).batchesAtOnce()).isEqualTo(5);
        assertThat(IngestSettings.forDatabasePool(1).batchesAtOnce()).isEqualTo(1);
    }

    @Test
    void moreBatchesAtOnceThanTheConnectionsOfThePoolAreRefused() {
        assertThatThrownBy(() -> new IngestSettings(2, 3, 1_000, 16, 16, Duration.ofSeconds(2), Duration.ofSeconds(1), 1, 30))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
