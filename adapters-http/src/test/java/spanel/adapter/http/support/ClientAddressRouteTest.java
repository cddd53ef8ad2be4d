package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.HttpSettings;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.TestHttp;
import spanel.domain.error.Unauthorized;

/** The address log-in limits are keyed on: the forwarded one only when the peer is a trusted proxy. */
class ClientAddressRouteTest {

    private final List<String> seen = new ArrayList<>();
    private Javalin app;

    private TestHttp start(TrustedProxies proxies) {
        return start(new HttpSettings("127.0.0.1", 0, 64 * 1024, 10, proxies));
    }

    private TestHttp start(HttpSettings settings) {
        FakeUseCases useCases = new FakeUseCases();
        useCases.logIn = command -> {
            seen.add(command.clientAddress());
            throw new Unauthorized("wrong email or password");
        };
        app = useCases.start(settings);
        return new TestHttp(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static final String LOGIN = "{\"email\":\"a@example.com\",\"password\":\"long enough\"}";

    @Test
    void behindATrustedProxyTheForwardedClientIsUsed() {
        TestHttp http = start(TrustedProxies.parse("127.0.0.1"));

        http.post("/app/api/v0/auth/login", LOGIN, "X-Forwarded-For", "203.0.113.9");

        assertThat(seen).containsExactly("203.0.113.9");
    }

    @Test
    void withoutTrustTheHeaderIsIgnored() {
        TestHttp http = start(TrustedProxies.NONE);

        http.post("/app/api/v0/auth/login", LOGIN, "X-Forwarded-For", "203.0.113.9");

        assertThat(seen).containsExactly("127.0.0.1");
    }

    @Test
    void ipv6ClientsOfOneSlash64AreLimitedAsOne() {
        TestHttp http = start(TrustedProxies.parse("127.0.0.1"));

        for (String client : new String[] {"2001:db8:1:2::a", "2001:db8:1:2:ffff::b", "2001:db8:1:3::a"}) {
            http.post("/app/api/v0/auth/login", LOGIN, "X-Forwarded-For", client);
        }

        assertThat(seen).containsExactly("2001:db8:1:2::/64", "2001:db8:1:2::/64", "2001:db8:1:3::/64");
    }

    @Test
    void theIpv6NetworkALimitCountsIsConfigurable() {
        TestHttp http = start(new HttpSettings("127.0.0.1", 0, 64 * 1024, 10, TrustedProxies.parse("127.0.0.1"))
                .withIpv6LimitPrefix(48));

        http.post("/app/api/v0/auth/login", LOGIN, "X-Forwarded-For", "2001:db8:1:2::a");
        http.post("/app/api/v0/auth/login", LOGIN, "X-Forwarded-For", "2001:db8:1:3::a");

        assertThat(seen).containsExactly("2001:db8:1::/48", "2001:db8:1::/48");
    }
}
