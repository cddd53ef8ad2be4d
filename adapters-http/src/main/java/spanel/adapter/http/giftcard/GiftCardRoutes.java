package spanel.adapter.http.giftcard;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** Gift cards (docs/REFERRALS.md): a user redeems a code; admins create and list cards. */
public final class GiftCardRoutes {

    private GiftCardRoutes() {
    }

    public static void register(RoutesConfig routes, GiftCardUseCases useCases) {
        GiftCardHandlers cards = new GiftCardHandlers(useCases);
        routes.post(V0 + "/user/giftcard", cards::redeem);
        routes.get(V0 + "/admin/giftcards", cards::list);
        routes.post(V0 + "/admin/giftcards", cards::create);
    }
}
