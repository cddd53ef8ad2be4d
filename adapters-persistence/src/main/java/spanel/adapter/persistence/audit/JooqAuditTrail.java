package spanel.adapter.persistence.audit;

import static spanel.adapter.persistence.generated.Tables.ADMIN_AUDIT;

import org.jooq.DSLContext;
import spanel.application.common.port.out.AuditTrail;
import spanel.domain.audit.AuditEntry;

public final class JooqAuditTrail implements AuditTrail {

    private final DSLContext dsl;

    public JooqAuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(AuditEntry entry) {
        dsl.insertInto(ADMIN_AUDIT)
                .set(ADMIN_AUDIT.ADMIN_ID, entry.adminId().value())
                .set(ADMIN_AUDIT.ACTION, entry.action())
                .set(ADMIN_AUDIT.TARGET, entry.target())
                .set(ADMIN_AUDIT.DETAIL, entry.detail())
                .execute();
    }
}
