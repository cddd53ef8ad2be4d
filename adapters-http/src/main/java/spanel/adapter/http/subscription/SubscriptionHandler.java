package spanel.adapter.http.subscription;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import spanel.adapter.http.support.CachedJson;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.user.UserNodesHandler;
import spanel.application.user.port.in.FetchSubscription;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.Hwid;
import spanel.domain.user.UserAccount;

/**
 * GET and HEAD /sub/{token} and /sub/{token}/{subtype}: the holder's nodes as a profile in the
 * format the request asks for (FormatChoice), with the usage header clients show, the profile
 * name, the refresh interval, and an ETag (a matching If-None-Match gets a bodiless 304 with the
 * same headers). Cache-Control and Vary are set for every answer under /sub, refusals included.
 */
public final class SubscriptionHandler implements Handler {

    private final FetchSubscription fetch;
    private final String title;
    private final int updateIntervalHours;
    private final String publicUrl;
    private final String deviceLimitMessage;
    private final boolean infoEntries;
    private final ProfileTemplates templates;

    public SubscriptionHandler(SubscriptionUseCases useCases) {
        this.fetch = useCases.fetch();
        this.title = useCases.title();
        this.updateIntervalHours = useCases.updateIntervalHours();
        this.publicUrl = useCases.publicUrl();
        this.deviceLimitMessage = useCases.deviceLimitMessage();
        this.infoEntries = useCases.infoEntries();
        this.templates = useCases.templates();
    }

    /** Runs before every route under /sub: nothing there may be cached, by a client or a CDN. */
    public static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Vary", "User-Agent");
    }

    @Override
    public void handle(Context ctx) {
        String subtype = ctx.pathParamMap().getOrDefault("subtype", LegacyLinks.subtype(ctx));
        SubscriptionFormat format = FormatChoice.choose(ctx.queryParam("target"), subtype, ctx.queryParam("flag"),
                ctx.userAgent());
        String token = LegacyLinks.token(ctx);
        var subscription = fetch.fetch(new FetchSubscription.Command(token, Callers.limitKey(ctx),
                Hwid.parse(ctx.header("x-hwid")), new DeviceInfo(ctx.header("x-device-os"), ctx.header("x-ver-os"),
                        ctx.header("x-device-model"), ctx.userAgent())));
        UserAccount account = subscription.account();
        deviceHeaders(ctx, subscription.deviceLimit());
        String client = present(ctx.queryParam("flag")) ? ctx.queryParam("flag") : ctx.userAgent();
        ProfileClient profileClient = new ProfileClient(ClientVersion.in(client),
                publicUrl.replaceAll("/+$", "") + "/sub/" + token + "?target=surge",
                updateIntervalHours * 3600L, infoEntries ? InfoEntries.names(account.transferEnable().bytes()
                        - account.upload().bytes() - account.download().bytes(), subscription.expiresOn(),
                        subscription.nextReset()) : List.of());
        RenderedProfile profile = Profiles.render(format, subscription.nodes(),
                UserNodesHandler.subscriptionUser(account.credentials()), Optional.empty(), profileClient,
                ProtocolGates.of(ctx.queryParam("flag"), ctx.userAgent()), templates);
        ctx.header("subscription-userinfo", usage(account));
        ctx.header("profile-update-interval", Integer.toString(updateIntervalHours));
        ctx.header("profile-title", "base64:" + Base64.getEncoder().encodeToString(title.getBytes(StandardCharsets.UTF_8)));
        // Surge saves the profile under this name, and wants its own extension on it.
        ctx.header("content-disposition", "attachment; filename*=UTF-8''" + pct(title)
                + (format == SubscriptionFormat.SURGE ? ".conf" : ""));
        ctx.header("profile-web-page-url", publicUrl);
        String etag = CachedJson.etag(profile.body());
        ctx.header("ETag", etag);
        if (CachedJson.matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(profile.contentType());
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", Integer.toString(profile.body().length));
            return;
        }
        ctx.result(profile.body());
    }

    /**
     * What the apps that send x-hwid read (Happ, v2RayTun): that a device limit applies, and when a
     * new device is over it, that it is, with the operator's message for the app to show.
     */
    private void deviceHeaders(Context ctx, FetchSubscription.DeviceLimit limit) {
        if (limit == FetchSubscription.DeviceLimit.NONE) {
            return;
        }
        ctx.header("x-hwid-active", "true");
        if (limit == FetchSubscription.DeviceLimit.REACHED) {
            ctx.header("x-hwid-max-devices-reached", "true");
            ctx.header("x-hwid-limit", "true");
            if (!deviceLimitMessage.isEmpty()) {
                ctx.header("announce", "base64:" + Base64.getEncoder()
                        .encodeToString(deviceLimitMessage.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** upload=…; download=…; total=…; expire=… in bytes and Unix seconds. */
    static String usage(UserAccount account) {
        return "upload=" + account.upload().bytes() + "; download=" + account.download().bytes() + "; total="
                + account.transferEnable().bytes() + "; expire=" + Math.max(0, account.expireIn().getEpochSecond());
    }

    /** UTF-8 bytes, every byte outside A–Z a–z 0–9 - . _ ~ as %XX (RFC 5987 value characters, minus a few). */
    static String pct(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
