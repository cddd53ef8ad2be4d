package spanel.adapter.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty writes itself, before any route runs (a header too large, a URI too long, a
 * malformed request line or header, a bad Content-Length), in the contract's envelope instead of
 * Jetty's HTML page. Jetty's reason is its own text about the request's form, never internals;
 * for a server fault the reason is left out.
 */
public final class JettyRefusals extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, envelope(code, message), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return envelope(status, reason);
    }

    static ByteBuffer envelope(int status, String reason) {
        try {
            return ByteBuffer.wrap(Json.mapper().writeValueAsBytes(Envelope.failure(codeOf(status), messageOf(status, reason))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope of two strings always serialises", e);
        }
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 404, 405 -> "not_found";
            case 413, 414, 431 -> "too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "invalid_request";
        };
    }

    private static String messageOf(int status, String reason) {
        String what = switch (status) {
            case 413 -> "the request body is larger than allowed";
            case 414 -> "the request URI is longer than allowed";
            case 431 -> "the request's headers are larger than allowed";
            default -> status >= 500 ? "internal error" : "malformed request";
        };
        return status >= 500 || reason == null || reason.isBlank() ? what : what + ": " + reason;
    }
}
