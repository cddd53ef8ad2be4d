package spanel.adapter.persistence.referral;

import static spanel.adapter.persistence.generated.Tables.COMMISSIONS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.CommissionsRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.referral.port.out.ReferralReads;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.OrderId;
import spanel.domain.referral.Commission;
import spanel.domain.referral.Invite;
import spanel.domain.user.UserId;

public final class JooqReferralReads implements ReferralReads {

    private final DSLContext dsl;

    public JooqReferralReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Invite> invite(UserId user) {
        var invitees = DSL.selectCount().from(USERS.as("invitee")).where(USERS.as("invitee").INVITER_ID.eq(USERS.ID));
        var earned = DSL.select(DSL.coalesce(DSL.sum(COMMISSIONS.AMOUNT), BigDecimal.ZERO))
                .from(COMMISSIONS).where(COMMISSIONS.INVITER_ID.eq(USERS.ID));
        return dsl.select(USERS.INVITE_CODE, invitees.asField("invitees"), earned.asField("earned"), USERS.COMMISSION_BALANCE)
                .from(USERS).where(USERS.ID.eq(user.value()))
                .fetchOptional(row -> new Invite(user, row.value1(), ((Number) row.value2()).longValue(),
                        Money.ofFen(((Number) row.value3()).longValue()), Money.ofFen(row.value4())));
    }

    @Override
    public Page<Commission> commissions(Optional<UserId> inviter, Optional<UserId> invitee, PageRequest page) {
        Condition where = DSL.noCondition();
        if (inviter.isPresent()) {
            where = where.and(COMMISSIONS.INVITER_ID.eq(inviter.get().value()));
        }
        if (invitee.isPresent()) {
            where = where.and(COMMISSIONS.INVITEE_ID.eq(invitee.get().value()));
        }
        int total = dsl.fetchCount(COMMISSIONS, where);
        var items = dsl.selectFrom(COMMISSIONS).where(where).orderBy(COMMISSIONS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(JooqReferralReads::toCommission);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    private static Commission toCommission(CommissionsRecord row) {
        return new Commission(row.getId(), new UserId(row.getInviterId()), new UserId(row.getInviteeId()),
                OrderId.of(row.getOrderId()), Money.ofFen(row.getAmount()), Times.instant(row.getCreatedAt()));
    }
}
