package spanel.adapter.http.referral;

import java.util.Objects;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.in.ReferralQueries;
import spanel.application.referral.port.in.ResetInviteCode;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.in.WithdrawCommission;

/** The use cases behind /user/invite, /user/commission… and /admin/commissions, /admin/withdrawals. */
public record ReferralUseCases(ReferralQueries queries, ResetInviteCode resetInvite, TransferCommission transfer,
        WithdrawCommission withdraw, DecideWithdrawal decide) {

    public ReferralUseCases {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(resetInvite, "resetInvite");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(withdraw, "withdraw");
        Objects.requireNonNull(decide, "decide");
    }
}
