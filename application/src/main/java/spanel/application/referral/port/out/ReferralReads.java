package spanel.application.referral.port.out;

import java.util.Optional;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Commission;
import spanel.domain.referral.Invite;
import spanel.domain.user.UserId;

/** What the referral pages show, read straight from the tables. */
public interface ReferralReads {

    /** The user's invite code, invitee count, commission earned in all and commission balance; empty for no such user. */
    Optional<Invite> invite(UserId user);

    /** Commissions newest first, optionally of one inviter and one invitee. */
    Page<Commission> commissions(Optional<UserId> inviter, Optional<UserId> invitee, PageRequest page);
}
