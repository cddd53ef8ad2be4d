package spanel.application.referral.port.out;

import java.time.Instant;
import java.util.Optional;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

/** Withdrawal requests. A pending one is decided by one guarded update, once. */
public interface Withdrawals {

    WithdrawalId add(UserId user, Money amount, String method, String account, Instant now);

    Optional<Withdrawal> find(WithdrawalId id);

    /** Pending → {@code decision}; false when it is not pending (decided already, also concurrently). */
    boolean decide(WithdrawalId id, WithdrawalStatus decision, UserId admin, String note, Instant now);

    /** Newest first, optionally of one status and one user. */
    Page<Withdrawal> list(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page);
}
