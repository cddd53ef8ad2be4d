package spanel.adapter.http.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import spanel.adapter.http.support.Envelope;

/**
 * GET /app/api/v0/site: what a front end needs to know of the panel before anyone logs in: its
 * name, logo and support link, the currency and time zone, the gateways a top-up may use, and which
 * optional routes exist (password reset by mail, check-in, the DEBUG confirm).
 */
final class SiteHandler implements Handler {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Site(String name, String logoUrl, String supportUrl, String currency, String timezone, String profileName,
            List<String> gateways, boolean passwordReset, boolean checkin, boolean debugConfirm) {
    }

    private final Site site;

    SiteHandler(PortalSite portal, PortalFeatures features) {
        site = new Site(portal.name(), portal.logoUrl().orElse(null), portal.supportUrl().orElse(null), portal.currency(),
                portal.timezone(), features.profileName(), portal.gateways(), features.passwordReset(), features.checkin(),
                features.debugConfirm());
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("Cache-Control", "no-cache").json(Envelope.ok(site));
    }
}
