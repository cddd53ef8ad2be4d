package spanel.application.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.application.user.port.out.KnownAddresses;
import spanel.domain.user.Email;
import spanel.domain.user.RateLimit;
import spanel.domain.user.UserId;

/**
 * The log-in limits, after OWASP's authentication guidance: limits that stop guessing without
 * letting a stranger lock an account out. Failed log-ins are counted
 * <ul>
 *   <li>per client address and email: {@code LOGIN_RATE_LIMIT} a window, so guessing at one account
 *       from one address stops there;</li>
 *   <li>per client address: {@value #ADDRESS_FACTOR} times that, so one address cannot go through
 *       many accounts, while an office or a carrier's NAT sharing an address is not stopped by one
 *       person's typos;</li>
 *   <li>per email, from anywhere: {@code LOGIN_RATE_LIMIT} a window, which slows guessing at an account
 *       from many addresses, but refuses only addresses the account has not logged in from before
 *       ({@link KnownAddresses}): its owner still gets in from where they usually do.</li>
 * </ul>
 * Successful log-ins count nothing; they make their address known.
 */
public final class LogInLimits {

    static final int ADDRESS_FACTOR = 5;

    private final AttemptGuard perAccount;
    private final AttemptGuard perAddress;
    private final KnownAddresses known;

    public LogInLimits(AttemptLimiter limiter, RateLimit limit, KnownAddresses known) {
        this.perAccount = new AttemptGuard(limiter, limit);
        this.perAddress = new AttemptGuard(limiter, new RateLimit(Math.multiplyExact(limit.maxAttempts(), ADDRESS_FACTOR),
                limit.window()));
        this.known = Objects.requireNonNull(known);
    }

    /** Refuses (429) when a limit that applies to this attempt is used up; counts nothing. */
    void refuseIfSpent(Email email, Optional<UserId> account, String address, Instant now) {
        perAddress.refuseIfSpent(List.of(addressKey(address)));
        boolean usual = account.map(user -> known.isKnown(user, address, now)).orElse(false);
        perAccount.refuseIfSpent(usual ? List.of(pairKey(email, address)) : List.of(pairKey(email, address), emailKey(email)));
    }

    void countFailure(Email email, String address) {
        perAddress.countFailure(List.of(addressKey(address)));
        perAccount.countFailure(List.of(pairKey(email, address), emailKey(email)));
    }

    void succeeded(UserId user, String address, Instant now) {
        known.remember(user, address, now);
    }

    private static String addressKey(String address) {
        return "login:ip:" + address;
    }

    private static String pairKey(Email email, String address) {
        return "login:ip-email:" + address + ":" + email;
    }

    private static String emailKey(Email email) {
        return "login:email:" + email;
    }
}
