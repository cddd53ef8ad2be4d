package spanel.application.referral.port.in;

import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Commission;
import spanel.domain.referral.Invite;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

/** The inviter's view of their referrals, and the admin lists of commissions and withdrawals. */
public interface ReferralQueries {

    Invite invite(UserId user);

    /** Commissions newest first; a user sees their own as inviter, an admin filters by inviter and invitee. */
    Page<Commission> commissions(Optional<UserId> inviter, Optional<UserId> invitee, PageRequest page);

    Page<Withdrawal> withdrawals(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page);
}
