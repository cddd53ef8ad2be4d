package spanel.application.content;

import java.time.Clock;
import java.util.List;
import spanel.application.common.port.out.AuditTrail;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.content.port.in.ManageAnnouncements;
import spanel.application.content.port.out.AnnouncementSends;
import spanel.application.content.port.out.Announcements;
import spanel.domain.audit.AuditEntry;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementId;
import spanel.domain.error.NotFound;

/**
 * Each write and its audit entry land in one transaction; so does a publication's request to be
 * sent, which the notice-announcements job then carries out in batches.
 */
public final class ManageAnnouncementsService implements ManageAnnouncements {

    private final Announcements announcements;
    private final AnnouncementSends sends;
    private final AuditTrail audit;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ManageAnnouncementsService(Announcements announcements, AnnouncementSends sends, AuditTrail audit,
            TransactionRunner transactions, Clock clock) {
        this.announcements = announcements;
        this.sends = sends;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<Announcement> list() {
        return announcements.all();
    }

    @Override
    public Announcement publish(Publish command) {
        return transactions.inTransaction(() -> {
            AnnouncementId id = announcements.add(command.draft(), clock.instant());
            audit.record(new AuditEntry(command.admin(), "announcement.publish", "announcement:" + id, command.draft().title()));
            if (command.send()) {
                sends.request(id, clock.instant());
                audit.record(new AuditEntry(command.admin(), "announcement.send", "announcement:" + id, ""));
            }
            return found(id);
        });
    }

    @Override
    public Announcement replace(Replace command) {
        return transactions.inTransaction(() -> {
            if (!announcements.replace(command.id(), command.draft())) {
                throw new NotFound("no announcement " + command.id());
            }
            audit.record(new AuditEntry(command.admin(), "announcement.change", "announcement:" + command.id(),
                    command.draft().title()));
            return found(command.id());
        });
    }

    @Override
    public AnnouncementId remove(Remove command) {
        return transactions.inTransaction(() -> {
            if (!announcements.remove(command.id())) {
                throw new NotFound("no announcement " + command.id());
            }
            audit.record(new AuditEntry(command.admin(), "announcement.remove", "announcement:" + command.id(), ""));
            return command.id();
        });
    }

    private Announcement found(AnnouncementId id) {
        return announcements.find(id).orElseThrow(() -> new NotFound("no announcement " + id));
    }
}
