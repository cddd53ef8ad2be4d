package spanel.adapter.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.http.subscription.ExampleNodes.USER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The operator's info entries: first in every format but SIP008, readable back by each format's parser. */
class InfoEntriesTest {

    private static final List<String> INFO = InfoEntries.names(95L * (1L << 30) + (1L << 29),
            LocalDate.parse("2026-12-31"), Optional.of(LocalDate.parse("2027-01-05")));

    @Test
    void theNamesSayTrafficLeftExpiryAndNextReset() {
        assertThat(INFO).containsExactly("Traffic left: 95.50 GB", "Expires: 2026-12-31", "Next reset: 2027-01-05");
        assertThat(InfoEntries.names(-5, LocalDate.parse("2026-12-31"), Optional.empty()))
                .containsExactly("Traffic left: 0.00 GB", "Expires: 2026-12-31");
    }

    @Test
    void theyComeFirstInEveryFormatButSip008() {
        ProfileClient client = new ProfileClient(Optional.empty(), "https://panel.example.com/sub/T?target=surge", 3600,
                INFO);
        for (SubscriptionFormat format : SubscriptionFormat.values()) {
            List<String> names = ProfileParsers.names(format, Profiles.render(format, LineFormatsTest.nodes(),
                    LineFormatsTest.USER, Optional.empty(), client));
            if (format == SubscriptionFormat.SIP008) {
                assertThat(names).doesNotContainAnyElementsOf(INFO);
            } else {
                assertThat(names.subList(0, 3)).as(format.name()).containsExactlyElementsOf(INFO);
                assertThat(names).as(format.name()).contains("HK VMess WS");
            }
        }
    }

    @Test
    void withoutThemTheProfileIsUnchanged() {
        assertThat(ProfileParsers.yaml(Profiles.render(SubscriptionFormat.CLASH_META, ExampleNodes.all(), USER,
                Optional.empty(), ProfileClient.UNKNOWN))).isEqualTo(ProfileParsers.yaml(ExampleNodes.resource("clash.yaml")));
    }
}
