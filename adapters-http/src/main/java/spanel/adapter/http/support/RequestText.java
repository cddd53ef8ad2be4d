package spanel.adapter.http.support;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Checks on the text of a request before any handler reads it: the path and the query parameters
 * hold no NUL character (PostgreSQL refuses to store one, and no name, code or id has one), and the
 * query string decodes. Either failure is a 400 naming where.
 */
public final class RequestText {

    private RequestText() {
    }

    public static void refuseNul(Context ctx) {
        if (ctx.path().indexOf('\0') >= 0) {
            throw InvalidRequest.field("path", "must not contain a NUL character");
        }
        Map<String, List<String>> query;
        try {
            query = ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.field("query", "malformed");
        }
        query.forEach((name, values) -> {
            if (name.indexOf('\0') >= 0 || values.stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw InvalidRequest.field(name.replace("\0", ""), "must not contain a NUL character");
            }
        });
    }
}
