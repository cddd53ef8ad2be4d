package spanel.adapter.http.referral;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** Referrals (docs/REFERRALS.md): /user/* behind the token check, /admin/* behind the admin check. */
public final class ReferralRoutes {

    private ReferralRoutes() {
    }

    public static void register(RoutesConfig routes, ReferralUseCases useCases) {
        ReferralHandlers referrals = new ReferralHandlers(useCases);
        routes.get(V0 + "/user/invite", referrals::invite);
        routes.post(V0 + "/user/invite/reset", referrals::resetInvite);
        routes.get(V0 + "/user/commissions", referrals::myCommissions);
        routes.post(V0 + "/user/commission/transfer", referrals::transfer);
        routes.post(V0 + "/user/commission/withdraw", referrals::withdraw);
        routes.get(V0 + "/user/commission/withdrawals", referrals::myWithdrawals);
        routes.get(V0 + "/admin/commissions", referrals::allCommissions);
        routes.get(V0 + "/admin/users/{id}/invite", referrals::inviteOf);
        routes.get(V0 + "/admin/withdrawals", referrals::allWithdrawals);
        routes.post(V0 + "/admin/withdrawals/{id}/approve", referrals::approve);
        routes.post(V0 + "/admin/withdrawals/{id}/reject", referrals::reject);
    }
}
