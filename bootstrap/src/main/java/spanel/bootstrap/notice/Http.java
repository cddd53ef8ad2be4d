package spanel.bootstrap.notice;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import spanel.application.notice.port.out.NoticeSender.NotDelivered;

/** One request of a channel's, its failures told as a notice not delivered. */
final class Http {

    private Http() {
    }

    /** The status, once the body is read and dropped. */
    static int send(HttpClient client, HttpRequest request, String what) {
        return exchange(client, request, what).statusCode();
    }

    static HttpResponse<String> exchange(HttpClient client, HttpRequest request, String what) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NotDelivered(what + " did not answer: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotDelivered("sending to " + what + " was interrupted");
        }
    }
}
