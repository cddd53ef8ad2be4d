package spanel.application.notice;

import java.util.Objects;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.notice.port.in.ChooseNotifications;
import spanel.application.notice.port.in.NotificationQueries;
import spanel.application.notice.port.out.NoticePreferences;

/** The choices named are kept together, in one transaction, and the whole picture answered. */
public final class ChooseNotificationsService implements ChooseNotifications {

    private final NoticePreferences preferences;
    private final NotificationQueries queries;
    private final TransactionRunner transactions;

    public ChooseNotificationsService(NoticePreferences preferences, NotificationQueries queries, TransactionRunner transactions) {
        this.preferences = Objects.requireNonNull(preferences);
        this.queries = Objects.requireNonNull(queries);
        this.transactions = Objects.requireNonNull(transactions);
    }

    @Override
    public NotificationQueries.Notifications choose(Command command) {
        transactions.inTransaction(() -> preferences.change(command.user(), command.choices(), command.language()));
        return queries.of(command.user());
    }
}
