package spanel.application.referral.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

/** The inviter's view of their referrals, and the admin lists of commissions and withdrawals. */
public interface ReferralQueries {

    Invite invite(UserId user);

    /** Commissions newest first; a user sees their own as inviter, an admin filters by inviter and invitee. */
    Page<Commission> commissions(Optional<UserId> inviter, Optional<UserId> invitee, PageRequest page);

    Page<Withdrawal> withdrawals(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page);

    record Invite(UserId user, String inviteCode, long invitees, Money commissionEarned, Money commissionBalance) {
        public Invite {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(inviteCode, "inviteCode");
            Objects.requireNonNull(commissionEarned, "commissionEarned");
            Objects.requireNonNull(commissionBalance, "commissionBalance");
        }
    }

    /** What one paid order of an invitee earned its inviter. */
    record Commission(long id, UserId inviter, UserId invitee, OrderId order, Money amount, Instant createdAt) {
        public Commission {
            Objects.requireNonNull(inviter, "inviter");
            Objects.requireNonNull(invitee, "invitee");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }
}
