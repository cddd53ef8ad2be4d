package spanel.adapter.payment.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import spanel.domain.payment.GatewayFailed;

/** Calls to a gateway's server, with timeouts; every failure is a {@link GatewayFailed} naming the gateway. */
public final class Outbound {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final String gateway;

    public Outbound(String gateway) {
        this.gateway = gateway;
    }

    /** POSTs a form and answers the body of a 2xx reply. */
    public String postForm(String url, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(request, headers);
    }

    /**
     * GETs the URL and answers the body of a 2xx reply. The URL may carry a secret (EPay's query
     * takes the merchant key): no failure names it.
     */
    public String get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET(), headers);
    }

    private String send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The JDK's messages name the host at most, never the query string.
            throw new GatewayFailed(gateway + " did not answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayFailed(gateway + " call interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new GatewayFailed(gateway + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }
}
