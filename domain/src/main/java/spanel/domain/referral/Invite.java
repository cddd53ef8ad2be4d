package spanel.domain.referral;

import java.util.Objects;
import spanel.domain.money.Money;
import spanel.domain.user.UserId;

/** An inviter's referrals in sum: the invite code, how many invitees, the commission earned in all and the commission balance. */
public record Invite(UserId user, String inviteCode, long invitees, Money commissionEarned, Money commissionBalance) {

    public Invite {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(inviteCode, "inviteCode");
        Objects.requireNonNull(commissionEarned, "commissionEarned");
        Objects.requireNonNull(commissionBalance, "commissionBalance");
    }
}
