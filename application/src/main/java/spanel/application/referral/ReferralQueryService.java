package spanel.application.referral;

import java.util.Objects;
import java.util.Optional;
import spanel.application.referral.port.in.ReferralQueries;
import spanel.application.referral.port.out.ReferralReads;
import spanel.application.referral.port.out.Withdrawals;
import spanel.domain.error.NotFound;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Commission;
import spanel.domain.referral.Invite;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

public final class ReferralQueryService implements ReferralQueries {

    private final ReferralReads reads;
    private final Withdrawals withdrawals;

    public ReferralQueryService(ReferralReads reads, Withdrawals withdrawals) {
        this.reads = Objects.requireNonNull(reads);
        this.withdrawals = Objects.requireNonNull(withdrawals);
    }

    @Override
    public Invite invite(UserId user) {
        return reads.invite(user).orElseThrow(() -> new NotFound("no user " + user));
    }

    @Override
    public Page<Commission> commissions(Optional<UserId> inviter, Optional<UserId> invitee, PageRequest page) {
        return reads.commissions(inviter, invitee, page);
    }

    @Override
    public Page<Withdrawal> withdrawals(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page) {
        return withdrawals.list(status, user, page);
    }
}
