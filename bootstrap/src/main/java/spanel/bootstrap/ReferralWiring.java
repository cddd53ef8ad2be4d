package spanel.bootstrap;

import java.security.SecureRandom;
import java.time.Clock;
import spanel.adapter.http.giftcard.GiftCardUseCases;
import spanel.adapter.http.referral.ReferralUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.giftcard.CreateGiftCardsService;
import spanel.application.giftcard.GiftCardKeys;
import spanel.application.giftcard.GiftCardQueryService;
import spanel.application.giftcard.RedeemGiftCardService;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.referral.DecideWithdrawalService;
import spanel.application.referral.ReferralQueryService;
import spanel.application.referral.ResetInviteCodeService;
import spanel.application.referral.TransferCommissionService;
import spanel.application.referral.WithdrawCommissionService;

/** Gift cards, and referral commission with its transfers and withdrawals (docs/REFERRALS.md). */
final class ReferralWiring {

    private ReferralWiring() {
    }

    static GiftCardUseCases giftCards(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        return new GiftCardUseCases(
                new GiftCardQueryService(persistence.giftCards(), wiring.clock()),
                createGiftCards(persistence, wiring.clock()),
                new RedeemGiftCardService(persistence.giftCards(), keys(persistence), persistence.balances(), persistence.products(),
                        ShopWiring.buyPlan(wiring), persistence.transactionRunner(), wiring.clock()));
    }

    /** Also {@code ./spanel giftcards create}. */
    static CreateGiftCards createGiftCards(PersistenceAdapters persistence, Clock clock) {
        return new CreateGiftCardsService(persistence.giftCards(), persistence.products(), keys(persistence),
                persistence.auditTrail(), persistence.transactionRunner(), new SecureRandom(), clock);
    }

    private static GiftCardKeys keys(PersistenceAdapters persistence) {
        return new GiftCardKeys(persistence.serverSecrets(), new SecureRandom());
    }

    static ReferralUseCases referrals(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        var tx = persistence.transactionRunner();
        return new ReferralUseCases(
                new ReferralQueryService(persistence.referralReads(), persistence.withdrawals()),
                new ResetInviteCodeService(persistence.inviteCodes(), new SecureRandom()),
                new TransferCommissionService(persistence.commissionBalances(), persistence.balances(), tx),
                new WithdrawCommissionService(persistence.commissionBalances(), persistence.withdrawals(),
                        wiring.settings().payments().commissionWithdrawMin(), tx, wiring.clock()),
                new DecideWithdrawalService(persistence.withdrawals(), persistence.commissionBalances(), persistence.auditTrail(),
                        tx, wiring.clock(), wiring.notices()));
    }
}
