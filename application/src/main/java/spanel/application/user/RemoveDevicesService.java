package spanel.application.user;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.RemoveDevices;
import spanel.application.user.port.out.UserDevices;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;

/**
 * The removal and, for an admin's, its audit entry land in one transaction, or neither does; a
 * removal that removed nothing is not audited.
 */
public final class RemoveDevicesService implements RemoveDevices {

    private final UserDevices devices;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public RemoveDevicesService(UserDevices devices, AuditTrail audit, TransactionRunner transactions) {
        this.devices = Objects.requireNonNull(devices);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public DevicesRemoved remove(Command command) {
        return transactions.inTransaction(() -> {
            int removed;
            if (command.device().isPresent()) {
                long device = command.device().getAsLong();
                if (!devices.remove(command.owner(), device)) {
                    throw new NotFound("no device " + device);
                }
                removed = 1;
            } else {
                removed = devices.removeAll(command.owner());
            }
            if (removed == 0) {
                // Nothing changed (an account without devices, or none at all): nothing to audit.
                return new DevicesRemoved(command.owner(), 0);
            }
            command.admin().ifPresent(admin -> audit.record(new AuditEntry(admin, "user.devices.remove",
                    "user:" + command.owner().value(), command.device().isPresent()
                            ? "device " + command.device().getAsLong() : "all " + removed)));
            return new DevicesRemoved(command.owner(), removed);
        });
    }
}
