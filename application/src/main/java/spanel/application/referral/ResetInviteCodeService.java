package spanel.application.referral;

import java.util.Objects;
import java.util.random.RandomGenerator;
import spanel.application.referral.port.in.ResetInviteCode;
import spanel.application.referral.port.out.InviteCodes;
import spanel.domain.user.InviteCode;
import spanel.domain.user.UserId;

/** Draws a new invite code; a code another user holds is drawn again. */
public final class ResetInviteCodeService implements ResetInviteCode {

    private static final int DRAWS = 5;

    private final InviteCodes codes;
    private final RandomGenerator secureRandom;

    public ResetInviteCodeService(InviteCodes codes, RandomGenerator secureRandom) {
        this.codes = Objects.requireNonNull(codes);
        this.secureRandom = Objects.requireNonNull(secureRandom);
    }

    @Override
    public String reset(UserId user) {
        for (int draw = 0; draw < DRAWS; draw++) {
            String code = InviteCode.random(secureRandom);
            if (codes.replace(user, code)) {
                return code;
            }
        }
        throw new IllegalStateException("drew " + DRAWS + " invite codes that exist already: the random source is broken");
    }
}
