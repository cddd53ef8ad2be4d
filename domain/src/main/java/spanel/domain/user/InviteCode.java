package spanel.domain.user;

import java.util.random.RandomGenerator;

/** Invite codes: 16 characters from an alphabet without look-alikes, about 80 random bits. */
public final class InviteCode {

    public static final int LENGTH = 16;
    private static final String ALPHABET = "23456789abcdefghijkmnpqrstuvwxyz";

    private InviteCode() {
    }

    public static String random(RandomGenerator secureRandom) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(secureRandom.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
