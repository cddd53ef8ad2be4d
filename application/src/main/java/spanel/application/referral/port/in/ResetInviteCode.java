package spanel.application.referral.port.in;

import spanel.domain.user.UserId;

/** A user replaces their invite code: links with the old code stop working; invitees stay linked. */
public interface ResetInviteCode {

    String reset(UserId user);
}
