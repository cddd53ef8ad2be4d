package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A kept body is served only for the very listing and node settings it was built from, and few are kept. */
class KeptGzipTest {

    private final KeptGzip kept = new KeptGzip();
    private final AtomicInteger built = new AtomicInteger();

    private byte[] gzip(List<String> listing, String shown) {
        return kept.gzip(new KeptGzip.Body(listing, shown, () -> {
            built.incrementAndGet();
            return List.of(shown, listing);
        }));
    }

    @Test
    void theSameListingAndSettingsAreServedTheSameBytesBuiltOnce() throws IOException {
        List<String> listing = new ArrayList<>(List.of("a", "b"));

        byte[] first = gzip(listing, "vmess");
        byte[] second = gzip(listing, "vmess");

        assertThat(second).isSameAs(first);
        assertThat(built).hasValue(1);
        assertThat(gunzip(first)).isEqualTo("[\"vmess\",[\"a\",\"b\"]]");
    }

    @Test
    void otherSettingsOrAnotherListingWithEqualUsersGetTheirOwnBody() throws IOException {
        List<String> listing = new ArrayList<>(List.of("a"));
        List<String> equalButNewer = new ArrayList<>(List.of("a"));

        byte[] vmess = gzip(listing, "vmess");
        byte[] shadowsocks = gzip(listing, "shadowsocks");
        byte[] newer = gzip(equalButNewer, "vmess");

        assertThat(built).hasValue(3);
        assertThat(gunzip(shadowsocks)).isEqualTo("[\"shadowsocks\",[\"a\"]]");
        assertThat(newer).isNotSameAs(vmess);
        assertThat(gunzip(vmess)).isEqualTo("[\"vmess\",[\"a\"]]");
    }

    @Test
    void onlyTheMostRecentlyServedFewAreKept() {
        List<List<String>> listings = new ArrayList<>();
        for (int i = 0; i <= KeptGzip.KEPT; i++) {
            listings.add(new ArrayList<>(List.of("user " + i)));
        }
        listings.forEach(listing -> gzip(listing, "vmess"));
        gzip(listings.getLast(), "vmess");
        gzip(listings.getFirst(), "vmess");

        assertThat(built).hasValue(KeptGzip.KEPT + 2);
    }

    @Test
    void aFailedBuildIsNotKept() {
        List<String> listing = new ArrayList<>(List.of("a"));

        assertThatThrownBy(() -> kept.gzip(new KeptGzip.Body(listing, "vmess", () -> {
            throw new IllegalStateException("database gone");
        }))).hasMessage("database gone");
        gzip(listing, "vmess");

        assertThat(built).hasValue(1);
    }

    @Test
    void gzipIsAcceptedUnlessRefusedWithQZero() {
        assertThat(CachedJson.acceptsGzip("gzip")).isTrue();
        assertThat(CachedJson.acceptsGzip("deflate, GZIP;q=0.5")).isTrue();
        assertThat(CachedJson.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(CachedJson.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(CachedJson.acceptsGzip("br")).isFalse();
        assertThat(CachedJson.acceptsGzip(null)).isFalse();
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
