package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.IMPORTED_ORDERS;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.generated.tables.records.TopupOrdersRecord;
import spanel.adapter.persistence.support.Times;
import spanel.application.admin.port.out.TopUpOrderQueries;
import spanel.domain.balance.BookedEntry;
import spanel.domain.balance.LedgerEntry;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.payment.ImportedOrder;
import spanel.domain.payment.OrderId;
import spanel.domain.payment.OrderStatus;
import spanel.domain.payment.TopUpOrder;
import spanel.domain.user.UserId;

public final class JooqTopUpOrderQueries implements TopUpOrderQueries {

    private final DSLContext dsl;

    public JooqTopUpOrderQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<TopUpOrder> list(Filter filter, PageRequest page) {
        Condition where = DSL.noCondition();
        if (filter.status().isPresent()) {
            where = where.and(TOPUP_ORDERS.STATUS.eq(code(filter.status().get())));
        }
        if (filter.gateway().isPresent()) {
            where = where.and(TOPUP_ORDERS.GATEWAY.eq(filter.gateway().get()));
        }
        if (filter.user().isPresent()) {
            where = where.and(TOPUP_ORDERS.USER_ID.eq(filter.user().get().value()));
        }
        if (filter.createdFrom().isPresent()) {
            where = where.and(TOPUP_ORDERS.CREATED_AT.ge(Times.utc(filter.createdFrom().get())));
        }
        if (filter.createdBefore().isPresent()) {
            where = where.and(TOPUP_ORDERS.CREATED_AT.lt(Times.utc(filter.createdBefore().get())));
        }
        int total = dsl.fetchCount(TOPUP_ORDERS, where);
        var items = dsl.selectFrom(TOPUP_ORDERS).where(where).orderBy(TOPUP_ORDERS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(JooqTopUpOrderQueries::toOrder);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    @Override
    public Page<ImportedOrder> imported(UserId user, PageRequest page) {
        var where = IMPORTED_ORDERS.USER_ID.eq(user.value());
        int total = dsl.fetchCount(IMPORTED_ORDERS, where);
        var items = dsl.selectFrom(IMPORTED_ORDERS).where(where)
                .orderBy(IMPORTED_ORDERS.PAID_AT.desc(), IMPORTED_ORDERS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(row -> new ImportedOrder(row.getId(), new UserId(row.getUserId()), row.getSource(), row.getKind(),
                        Money.ofFen(row.getAmount()), row.getGateway(), row.getTradeno(), row.getDescription(),
                        Times.instant(row.getPaidAt())));
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    @Override
    public List<BookedEntry> ledger(Instant from, Instant to, long afterId, int limit) {
        return dsl.selectFrom(BALANCE_LEDGER)
                .where(BALANCE_LEDGER.CREATED_AT.ge(Times.utc(from)), BALANCE_LEDGER.CREATED_AT.lt(Times.utc(to)),
                        BALANCE_LEDGER.ID.gt(afterId))
                .orderBy(BALANCE_LEDGER.ID)
                .limit(limit)
                .fetch(row -> new BookedEntry(row.getId(), new LedgerEntry(new UserId(row.getUserId()), row.getDelta(),
                        Money.ofFen(row.getBalanceAfter()), row.getSourceType(), row.getSourceId(), row.getNote()),
                        Times.instant(row.getCreatedAt())));
    }

    public static TopUpOrder toOrder(TopupOrdersRecord row) {
        return new TopUpOrder(OrderId.of(row.getId()), new UserId(row.getUserId()), row.getTradeno(), row.getGateway(),
                Money.ofFen(row.getTotal()), OrderStatus.fromCode(row.getStatus()), row.getNeedsReview(), Times.instant(row.getCreatedAt()),
                Optional.ofNullable(Times.instant(row.getPaidAt())));
    }

    /** The status as the column stores it. */
    public static short code(OrderStatus status) {
        return (short) status.code();
    }
}
