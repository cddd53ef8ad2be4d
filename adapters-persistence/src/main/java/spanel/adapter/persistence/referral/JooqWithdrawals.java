package spanel.adapter.persistence.referral;

import static spanel.adapter.persistence.generated.Tables.WITHDRAWALS;

import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.WithdrawalsRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.referral.port.out.Withdrawals;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

public final class JooqWithdrawals implements Withdrawals {

    private final DSLContext dsl;

    public JooqWithdrawals(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public WithdrawalId add(UserId user, Money amount, String method, String account, Instant now) {
        return new WithdrawalId(dsl.insertInto(WITHDRAWALS)
                .set(WITHDRAWALS.USER_ID, user.value())
                .set(WITHDRAWALS.AMOUNT, amount.fen())
                .set(WITHDRAWALS.METHOD, method)
                .set(WITHDRAWALS.ACCOUNT, account)
                .set(WITHDRAWALS.STATUS, code(WithdrawalStatus.PENDING))
                .set(WITHDRAWALS.CREATED_AT, Times.utc(now))
                .returning(WITHDRAWALS.ID)
                .fetchOne(WITHDRAWALS.ID));
    }

    @Override
    public Optional<Withdrawal> find(WithdrawalId id) {
        return dsl.selectFrom(WITHDRAWALS).where(WITHDRAWALS.ID.eq(id.value())).fetchOptional(JooqWithdrawals::toWithdrawal);
    }

    @Override
    public boolean decide(WithdrawalId id, WithdrawalStatus decision, UserId admin, String note, Instant now) {
        return dsl.update(WITHDRAWALS)
                .set(WITHDRAWALS.STATUS, code(decision))
                .set(WITHDRAWALS.DECIDED_AT, Times.utc(now))
                .set(WITHDRAWALS.DECIDED_BY, admin.value())
                .set(WITHDRAWALS.NOTE, note)
                .where(WITHDRAWALS.ID.eq(id.value()))
                .and(WITHDRAWALS.STATUS.eq(code(WithdrawalStatus.PENDING)))
                .execute() == 1;
    }

    @Override
    public Page<Withdrawal> list(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page) {
        Condition where = DSL.noCondition();
        if (status.isPresent()) {
            where = where.and(WITHDRAWALS.STATUS.eq(code(status.get())));
        }
        if (user.isPresent()) {
            where = where.and(WITHDRAWALS.USER_ID.eq(user.get().value()));
        }
        int total = dsl.fetchCount(WITHDRAWALS, where);
        var items = dsl.selectFrom(WITHDRAWALS).where(where).orderBy(WITHDRAWALS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(JooqWithdrawals::toWithdrawal);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    private static short code(WithdrawalStatus status) {
        return (short) status.code();
    }

    private static Withdrawal toWithdrawal(WithdrawalsRecord row) {
        return new Withdrawal(new WithdrawalId(row.getId()), new UserId(row.getUserId()), Money.ofFen(row.getAmount()),
                row.getMethod(), row.getAccount(), WithdrawalStatus.fromCode(row.getStatus()), Times.instant(row.getCreatedAt()),
                Optional.ofNullable(Times.instant(row.getDecidedAt())), Optional.ofNullable(row.getDecidedBy()).map(UserId::new),
                row.getNote());
    }
}
