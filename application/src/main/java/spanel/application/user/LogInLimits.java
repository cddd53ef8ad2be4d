package spanel.application.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.application.user.port.out.KnownAddresses;
import spanel.domain.user.DeviceCookie;
import spanel.domain.user.Email;
import spanel.domain.user.RateLimit;
import spanel.domain.user.StoredLogin;
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
 *       ({@link KnownAddresses}): its owner still gets in from where they usually do;</li>
 *   <li>for a client with a device cookie of the account ({@link DeviceCookie}, after OWASP), per
 *       device instead of per email and per address and email: guessing from elsewhere never
 *       refuses a device its owner logged in from, from any address.</li>
 * </ul>
 * Successful log-ins count nothing; they make their address known. The per-account counters are
 * keyed on {@link StoredLogin#unlocks()}, so an operator's unlock starts them afresh.
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
    void refuseIfSpent(Email email, Optional<StoredLogin> login, String address, Optional<DeviceCookie> device, Instant now) {
        perAddress.refuseIfSpent(List.of(addressKey(address)));
        Optional<String> trusted = trustedDevice(login, device);
        if (trusted.isPresent()) {
            perAccount.refuseIfSpent(List.of(trusted.get()));
            return;
        }
        boolean usual = login.map(user -> known.isKnown(user.userId(), address, now)).orElse(false);
        perAccount.refuseIfSpent(usual ? List.of(pairKey(email, login, address))
                : List.of(pairKey(email, login, address), emailKey(email, login)));
    }

    void countFailure(Email email, Optional<StoredLogin> login, String address, Optional<DeviceCookie> device) {
        perAddress.countFailure(List.of(addressKey(address)));
        perAccount.countFailure(trustedDevice(login, device).map(List::of)
                .orElseGet(() -> List.of(pairKey(email, login, address), emailKey(email, login))));
    }

    void succeeded(UserId user, String address, Instant now) {
        known.remember(user, address, now);
    }

    /** The device's counter key, when the client's device cookie names the account being logged in to. */
    private static Optional<String> trustedDevice(Optional<StoredLogin> login, Optional<DeviceCookie> device) {
        return device.filter(d -> login.map(StoredLogin::userId).filter(d.account()::equals).isPresent())
                .map(d -> "login:device:" + d.account().value() + ":" + d.deviceId());
    }

    private static String addressKey(String address) {
        return "login:ip:" + address;
    }

    private static String pairKey(Email email, Optional<StoredLogin> login, String address) {
        return "login:ip-email:" + address + ":" + email + unlocks(login);
    }

    private static String emailKey(Email email, Optional<StoredLogin> login) {
        return "login:email:" + email + unlocks(login);
    }

    /** Nothing until the first unlock, so the counters kept before it went in stay where they were. */
    private static String unlocks(Optional<StoredLogin> login) {
        return login.map(StoredLogin::unlocks).filter(n -> n > 0).map(n -> "#" + n).orElse("");
    }
}
