package spanel.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.TestHttp;

/** The dashboard page in the currency it is given, and the icon browsers ask for beside it. */
class DashboardPageTest {

    private Javalin app;

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void theIconIsServedFromTheJar() {
        app = new FakeUseCases().start();

        TestHttp.Reply icon = new TestHttp(app.port()).get("/favicon.ico");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.header("Content-Type")).startsWith("image/x-icon");
        // An ICO file starts with reserved 0, type 1 (icon), then its image count.
        assertThat(icon.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith(0, 0, 1, 0);
    }

    @Test
    void thePageNamesTheCurrencyItWasGivenAndNoOther() {
        DashboardHandler usd = new DashboardHandler("USD");
        app = Javalin.create(config -> config.routes.get("/admin", usd)).start(0);

        String page = new TestHttp(app.port()).get("/admin").body();

        assertThat(page).contains("<html lang=\"en\" data-currency=\"USD\">").doesNotContain("¥", "data-currency=\"CNY\"");
    }
}
