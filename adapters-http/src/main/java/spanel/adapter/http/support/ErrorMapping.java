package spanel.adapter.http.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.UUID;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.domain.error.DependencyUnavailable;
import spanel.domain.error.RateLimited;
import spanel.domain.error.Refusal;

/**
 * Every error answer is written here, in the contract's envelope: parse failures are 400 naming the
 * field, refusals get their family's status and code, a dependency that does not answer is 503,
 * and anything else is a 500 that hides its internals and is logged with a reference.
 */
public final class ErrorMapping {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(InvalidRequest.class, (e, ctx) -> write(ctx, HttpStatus.BAD_REQUEST, "invalid_request",
                ctx.path().startsWith(MOD_MU) ? "Invalid data: " + e.getMessage() : e.getMessage()));
        routes.exception(Refusal.class, (e, ctx) -> {
            if (e instanceof RateLimited limited) {
                retryAfter(ctx, limited.retryAfterSeconds());
            } else if (e.kind() == Refusal.Kind.UNAVAILABLE) {
                retryAfter(ctx, DependencyUnavailable.RETRY_AFTER_SECONDS);
            }
            write(ctx, statusOf(e.kind()), e.code(), e.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> writeHttp(ctx, e));
        routes.exception(Exception.class, ErrorMapping::unexpected);
        routes.error(HttpStatus.NOT_FOUND.getCode(), ctx -> {
            if (ctx.result() == null) {
                noRoute(ctx);
            }
        });
    }

    /**
     * Writes a failure in the wire shape of the route: the contract's envelope, or for /mod_mu the
     * shape XrayR reads, {"ret":0,"msg":...}, where business errors and bad input answer 200 (XrayR
     * fails the call on ret 0 either way, and its status check misses a 400) and only key failures
     * and server faults keep their status.
     */
    public static void write(Context ctx, HttpStatus status, String code, String message) {
        if (ctx.path().startsWith(SUB)) {
            ctx.status(status).json(status == HttpStatus.BAD_REQUEST
                    ? new SubFailure("unknown target", message) : new SubFailure(code, null));
            return;
        }
        if (ctx.path().startsWith(MOD_MU)) {
            boolean keepStatus = status == HttpStatus.UNAUTHORIZED || status.getCode() >= 413;
            ctx.status(keepStatus ? status : HttpStatus.OK).json(new ModMuFailure(0,
                    status == HttpStatus.UNAUTHORIZED ? "Invalid request." : message));
            return;
        }
        ctx.status(status).json(Envelope.failure(code, message));
    }

    private static final String MOD_MU = "/mod_mu/";
    /** Subscription fetches: proxy clients get a bare {"error":...}; every miss is the same bytes. */
    private static final String SUB = "/sub/";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SubFailure(String error, String msg) {
    }

    /** The request path as logs may show it: a subscription token is a credential, so it is masked. */
    public static String loggable(Context ctx) {
        String path = ctx.path();
        return path.startsWith(SUB) ? SUB + "****" : path;
    }

    /**
     * A route that does not exist is a 404, under /mod_mu too (as SSPanel answers it): a client
     * calling a route spanel does not serve must see it fail, not a 200 it could take for success.
     */
    private static void noRoute(Context ctx) {
        String message = "no such route: " + ctx.method() + " " + ctx.path();
        if (ctx.path().startsWith(MOD_MU)) {
            ctx.status(HttpStatus.NOT_FOUND).json(new ModMuFailure(0, message));
            return;
        }
        write(ctx, HttpStatus.NOT_FOUND, "not_found", message);
    }

    record ModMuFailure(int ret, String msg) {
    }

    private static void writeHttp(Context ctx, HttpResponseException e) {
        HttpStatus status = HttpStatus.forStatus(e.getStatus());
        switch (status) {
            case CONTENT_TOO_LARGE -> write(ctx, status, "too_large", "the request body is larger than allowed");
            case NOT_FOUND, METHOD_NOT_ALLOWED -> noRoute(ctx);
            case BAD_REQUEST -> write(ctx, status, "invalid_request", e.getMessage());
            case UNSUPPORTED_MEDIA_TYPE -> write(ctx, status, "unsupported_media_type", e.getMessage());
            default -> write(ctx, status, status.name().toLowerCase(), e.getMessage());
        }
    }

    private static void unexpected(Exception e, Context ctx) {
        if (isBrokenRequest(e)) {
            // The client's fault (a bad chunk size, a body cut short): one line, no trace to flood the log with.
            LOG.info("{} {}: the request could not be read: {}", ctx.method(), loggable(ctx), e.toString());
            write(ctx, HttpStatus.BAD_REQUEST, "invalid_request", "body: malformed or cut short");
            return;
        }
        if (isDependencyDown(e)) {
            LOG.warn("{} {}: a dependency does not answer: {}", ctx.method(), loggable(ctx), withRootCause(e));
            unavailable(ctx, DependencyUnavailable.RETRY_AFTER_SECONDS, "unavailable", "the service is temporarily unavailable, try again");
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("{} {} failed (reference {})", ctx.method(), loggable(ctx), reference, e);
        write(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "internal error (reference " + reference + ")");
    }

    /** The failure and, when it wraps others, the innermost: the pool's or driver's own words on what is down. */
    static String withRootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + ", caused by " + root;
    }

    /** A 503 in the route's error shape that says when to come back. */
    public static void unavailable(Context ctx, long retryAfterSeconds, String code, String message) {
        serviceUnavailable(ctx, retryAfterSeconds);
        write(ctx, HttpStatus.SERVICE_UNAVAILABLE, code, message);
    }

    /** Status 503 with Retry-After: every refusal for want of capacity or a dependency says when to come back. */
    public static Context serviceUnavailable(Context ctx, long retryAfterSeconds) {
        retryAfter(ctx, retryAfterSeconds);
        return ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static void retryAfter(Context ctx, long seconds) {
        ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
    }

    /**
     * Jetty's own failure to read the request: a malformed message (an {@link HttpException}, such as
     * a bad chunk size) or a body that ended before its length ({@link EofException}). Only the
     * client's connection raises these; spanel's own calls out use other clients.
     */
    static boolean isBrokenRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException || t instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A database or Redis that cannot be reached, or cannot store, shows up somewhere in the cause
     * chain as one of these: SQL state class 08 (connection), 53 (insufficient resources: disk full,
     * out of memory, too many connections) or 57P (the server shutting down or starting up).
     */
    public static boolean isDependencyDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && isUnavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailableState(String state) {
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P");
    }

    static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case GATEWAY_FAILED -> HttpStatus.BAD_GATEWAY;
        };
    }
}
