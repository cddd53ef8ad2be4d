package spanel.adapter.http.subscription;

import io.javalin.http.Context;
import spanel.adapter.http.support.InvalidRequest;

/**
 * The subscription addresses of the panels spanel imports: SSPanel's {@code /link/{token}?clash=1}
 * (its query names the format) and V2board's {@code /api/v1/client/subscribe?token=T} (its
 * {@code flag} names the client, as spanel's own). Both answer as {@code /sub/{token}} does.
 */
final class LegacyLinks {

    static final String V2BOARD_PATH = "/api/v1/client/subscribe";

    private LegacyLinks() {
    }

    /** The token: in the path, or V2board's {@code token} query parameter. */
    static String token(Context ctx) {
        String inPath = ctx.pathParamMap().get("token");
        if (inPath != null) {
            return inPath;
        }
        String inQuery = ctx.queryParam("token");
        if (inQuery == null || inQuery.isEmpty()) {
            throw new InvalidRequest("token: required");
        }
        return inQuery;
    }

    /**
     * The format SSPanel's {@code /link} query asks for, as a subtype name; null (choose by client)
     * for its forms that have no counterpart (list, surge, quantumultx, ...) and outside {@code /link}.
     */
    static String subtype(Context ctx) {
        if (!ctx.path().startsWith("/link/")) {
            return null;
        }
        if (on(ctx, "clash")) {
            return "clash";
        }
        String sub = ctx.queryParam("sub");
        if (on(ctx, "v2ray") || on(ctx, "trojan") || on(ctx, "sip002") || on(ctx, "ss") || on(ctx, "anxray")
                || "1".equals(sub) || "3".equals(sub) || "4".equals(sub)) {
            return "base64";
        }
        return null;
    }

    private static boolean on(Context ctx, String parameter) {
        String value = ctx.queryParam(parameter);
        return value != null && !value.isEmpty() && !"0".equals(value);
    }
}
