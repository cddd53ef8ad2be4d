package spanel.bootstrap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.adapter.source.SourceDatabases;
import spanel.adapter.source.V2boardSource;
import spanel.bootstrap.DatabaseCommands;
import spanel.bootstrap.EndToEndTest;

/** An Xboard of 2025 imported into the assembled service: its REALITY node comes with its keys and reaches clients whole. */
class ImportedXboardEndToEndTest extends EndToEndTest {

    private static final String SERVER_TOKEN = "srv-token-0123456789abcdef";

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("MU_KEY", SERVER_TOKEN);
    }

    @Test
    void aRealityNodeIsServedToClientsWithItsPublicKeyShortIdAndServerName() {
        try (SourceDatabases.Loaded source = SourceDatabases.load("xboard", true)) {
            DatabaseCommands.importInstallation(settings(), new V2boardSource(source.url()), true);
        }
        TestHttp.Reply profile = http().get("/api/v1/client/subscribe?token=9c5f0d6e1a2b3c4d5e6f708192a3b4c5",
                "User-Agent", "v2rayN/6.45");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        List<String> links = new String(Base64.getDecoder().decode(profile.body().strip()), StandardCharsets.UTF_8)
                .lines().toList();
        String reality = links.stream().filter(link -> link.endsWith("#KR%20REALITY")).findFirst()
                .orElseThrow(() -> new AssertionError("no KR REALITY link in " + links));
        URI link = URI.create(reality);

        assertThat(link.getScheme()).isEqualTo("vless");
        assertThat(link.getHost()).isEqualTo("kr1.example.com");
        assertThat(link.getRawQuery()).contains("security=reality", "pbk=NsA7_gt8s-Nx49gG_CXm5Tw1-IHmXCF5vFv7CVV0jFs",
                "sid=6ba85179e30d4fc2", "sni=www.example.org", "flow=xtls-rprx-vision");
        assertThat(links).noneMatch(line -> line.contains("KR%20REALITY%20other") || line.contains("no%20keys"));
    }
}
