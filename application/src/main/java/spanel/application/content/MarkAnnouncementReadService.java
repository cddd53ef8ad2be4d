package spanel.application.content;

import java.time.Clock;
import spanel.application.content.port.in.MarkAnnouncementRead;
import spanel.application.content.port.out.Announcements;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.content.AnnouncementId;
import spanel.domain.error.NotFound;

public final class MarkAnnouncementReadService implements MarkAnnouncementRead {

    private final Announcements announcements;
    private final Readers readers;
    private final Clock clock;

    public MarkAnnouncementReadService(Announcements announcements, UserAccounts accounts, Clock clock) {
        this.announcements = announcements;
        this.readers = new Readers(accounts, clock);
        this.clock = clock;
    }

    /** One write; an announcement not shown to the user (someone else's audience, ended) is not found. */
    @Override
    public AnnouncementId mark(Command command) {
        announcements.find(command.announcement())
                .filter(readers.shownTo(command.user()))
                .orElseThrow(() -> new NotFound("no announcement " + command.announcement()));
        announcements.markRead(command.user(), command.announcement(), clock.instant());
        return command.announcement();
    }
}
