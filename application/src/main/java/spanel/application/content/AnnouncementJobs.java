package spanel.application.content;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spanel.application.common.port.out.TransactionRunner;
import spanel.application.content.port.out.AnnouncementSends;
import spanel.application.content.port.out.Announcements;
import spanel.application.content.port.out.MarkdownText;
import spanel.application.job.ScheduledJob;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.Notices;
import spanel.domain.content.Announcement;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.UserId;

/** The job that sends announcements out through the outbox. */
public final class AnnouncementJobs {

    /** Users told per transaction. */
    public static final int BATCH = 500;

    /** Sends looked at per run; the rest wait for the next. */
    public static final int SENDS_PER_RUN = 20;

    private AnnouncementJobs() {
    }

    /**
     * Every minute: each announcement an admin asked to send raises one {@code announcement}
     * notice per enabled user it is meant for (boundary: the announcement), {@value #BATCH} users
     * per transaction. Each batch moves the send's progress by a guarded update in its own
     * transaction, so a crash loses at most the batch under way (its notices go with it) and the
     * next run goes on from the progress; a runner whose batch another moved first drops it and
     * reads on from where that one got to. The notices' unique key is the last guard.
     */
    public static ScheduledJob send(Announcements announcements, AnnouncementSends sends, MarkdownText text, Notices notices,
            TransactionRunner transactions) {
        return ScheduledJob.sweepOutsideTransaction("notice-announcements", Duration.ofMinutes(1), run -> {
            int told = 0;
            int sent = 0;
            for (AnnouncementSends.Progress progress : transactions.inTransaction(() -> sends.pending(SENDS_PER_RUN))) {
                Optional<Announcement> announcement = transactions.inTransaction(() -> announcements.find(progress.id()));
                if (announcement.isPresent()) {
                    told += fanOut(announcement.get(), progress.afterUser(), sends, text, notices, transactions, run.boundary());
                    sent++;
                }
            }
            return told + " user(s) told of " + sent + " announcement(s)";
        });
    }

    private record Batch(int told, Optional<Long> next) {
    }

    private static int fanOut(Announcement announcement, long start, AnnouncementSends sends, MarkdownText text, Notices notices,
            TransactionRunner transactions, Instant now) {
        Map<String, String> values = Map.of("announcement_id", Long.toString(announcement.id().value()),
                "title", announcement.draft().title(), "text", text.plain(announcement.draft().body()));
        String boundary = "announcement:" + announcement.id().value();
        int told = 0;
        Optional<Long> after = Optional.of(start);
        while (after.isPresent()) {
            long from = after.get();
            Batch batch = transactions.inTransaction(() -> {
                List<UserId> users = sends.audience(announcement.draft().audience(), from, now, BATCH);
                if (users.isEmpty()) {
                    sends.finish(announcement.id(), from, now);
                    return new Batch(0, Optional.empty());
                }
                long to = users.getLast().value();
                if (!sends.advance(announcement.id(), from, to)) {
                    return new Batch(0, sends.progress(announcement.id()));
                }
                users.forEach(user -> notices.raise(Notice.toUser(NoticeEvent.ANNOUNCEMENT, user, boundary, values)));
                return new Batch(users.size(), Optional.of(to));
            });
            told += batch.told();
            after = batch.next();
        }
        return told;
    }
}
