package spanel.application.common.port.out;

import spanel.domain.audit.AuditEntry;

/** The admin audit log. Written inside the transaction of the write it records, so both land or neither. */
public interface AuditTrail {

    void record(AuditEntry entry);
}
