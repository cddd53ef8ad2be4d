package spanel.application.user;

import java.util.Objects;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.user.port.in.ResetSubscription;
import spanel.domain.audit.AuditEntry;

public final class ResetSubscriptionService implements ResetSubscription {

    private final SubscriptionLinks links;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public ResetSubscriptionService(SubscriptionLinks links, AuditTrail audit, TransactionRunner transactions) {
        this.links = Objects.requireNonNull(links);
        this.audit = Objects.requireNonNull(audit);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public SubscriptionReset reset(Command command) {
        return transactions.inTransaction(() -> {
            String url = links.rotate(command.user());
            command.admin().ifPresent(admin ->
                    audit.record(new AuditEntry(admin, "user.subscription.reset", "user:" + command.user(), "")));
            return new SubscriptionReset(command.user(), url);
        });
    }
}
