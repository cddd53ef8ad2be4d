package spanel.application.referral.port.out;

import spanel.domain.user.UserId;

/** Users' invite codes. */
public interface InviteCodes {

    /** Gives the user a new code; false when another user holds that code (draw again). */
    boolean replace(UserId user, String code);
}
