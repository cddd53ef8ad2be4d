package spanel.adapter.persistence.payment;

import static spanel.adapter.persistence.generated.Tables.IMPORTED_ORDERS;

import org.jooq.DSLContext;
import spanel.application.payment.port.out.ImportedPayments;

/** Looks a trade number up among the paid orders an import brought over (indexed). */
public final class JooqImportedPayments implements ImportedPayments {

    private final DSLContext dsl;

    public JooqImportedPayments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean paidBefore(String tradeNo) {
        return dsl.fetchExists(IMPORTED_ORDERS, IMPORTED_ORDERS.TRADENO.eq(tradeNo));
    }
}
