package spanel.adapter.http.support;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer shape of everything under /app/api/v0:
 * {@code {"ret":1,"msg":"...","data":{...}}} or {@code {"ret":0,"msg":"reason","error":"code"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(int ret, String msg, Object data, String error) {

    public static Envelope ok(Object data) {
        return new Envelope(1, "ok", data, null);
    }

    public static Envelope failure(String code, String message) {
        return new Envelope(0, message, null, code);
    }
}
