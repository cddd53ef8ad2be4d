package spanel.adapter.persistence.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_DELIVERIES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.notice.JooqNoticePreferences;
import spanel.adapter.persistence.notice.JooqOutbox;
import spanel.adapter.persistence.support.Times;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.content.AnnouncementJobs;
import spanel.application.job.JobRun;
import spanel.application.job.ScheduledJob;
import spanel.application.notice.OutboxNotices;
import spanel.application.notice.port.out.Notices;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Audience;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.UserId;

/**
 * Announcements sent through the outbox on the real databases: the users an announcement is meant
 * for (enabled, of its class while the class lasts, in its groups) get one notice each, raised in
 * batches; two runners racing the fan-out, or a run that fails midway and a later one, still give
 * one each. The class shares one schema, so each test targets a class of its own.
 */
class AnnouncementSendsOnDatabaseTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2030-05-01T00:00:00Z");
    private static final JobRun RUN = new JobRun(NOW.minusSeconds(60), NOW, NOW);

    private OutboxNotices notices() {
        return new OutboxNotices(new JooqOutbox(dsl()), new JooqNoticePreferences(dsl()), EnumSet.of(NoticeChannel.MAIL),
                java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    }

    private ScheduledJob job(Notices notices) {
        return AnnouncementJobs.send(new JooqAnnouncements(dsl()), new JooqAnnouncementSends(dsl()), markdown -> markdown, notices,
                transactions());
    }

    /** {@code count} users of {@code userClass} (until after NOW unless {@code expired}) in group 0, enabled or not. */
    private List<Long> users(int count, int userClass, boolean expired, boolean enabled) {
        List<UsersRecord> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UsersRecord user = Seed.user(dsl());
            user.setClass_(userClass);
            user.setClassExpire(Times.utc(expired ? NOW.minusSeconds(3_600) : NOW.plusSeconds(86_400)));
            user.setEnable(enabled);
            rows.add(user);
        }
        dsl().batchInsert(rows).execute();
        return dsl().select(USERS.ID).from(USERS).where(USERS.CLASS.eq(userClass))
                .and(USERS.ENABLE.eq(enabled)).and(USERS.CLASS_EXPIRE.eq(Times.utc(expired ? NOW.minusSeconds(3_600)
                        : NOW.plusSeconds(86_400)))).orderBy(USERS.ID).fetch(USERS.ID);
    }

    private AnnouncementId sent(int userClass) {
        AnnouncementId id = new JooqAnnouncements(dsl()).add(new AnnouncementDraft("Maintenance", "Nodes restart at **02:00**.",
                false, new Audience(Set.of(userClass), Set.of()), Optional.empty()), NOW);
        new JooqAnnouncementSends(dsl()).request(id, NOW);
        return id;
    }

    /** Per user, how many notices of this announcement it got. */
    private Map<Long, Integer> told(AnnouncementId id) {
        return dsl().select(NOTICES.USER_ID, org.jooq.impl.DSL.count()).from(NOTICES)
                .where(NOTICES.EVENT.eq(NoticeEvent.ANNOUNCEMENT.word())).and(NOTICES.BOUNDARY.eq("announcement:" + id.value()))
                .groupBy(NOTICES.USER_ID).fetchMap(r -> r.value1(), r -> r.value2());
    }

    private static int randomClass() {
        return ThreadLocalRandom.current().nextInt(10_000, 1_000_000);
    }

    @Test
    void everyUserMeantGetsOneNoticeAndNobodyElseAlsoWithTwoRunnersRacing() throws Exception {
        int userClass = randomClass();
        List<Long> meant = users(1_200, userClass, false, true);
        List<Long> notMeant = new ArrayList<>(users(30, userClass + 1, false, true));
        notMeant.addAll(users(20, userClass, true, true));
        notMeant.addAll(users(10, userClass, false, false));
        new JooqNoticePreferences(dsl()).change(UserId.of(meant.getFirst()),
                Map.of(NoticeEvent.ANNOUNCEMENT, Map.of(NoticeChannel.MAIL, false)), Optional.empty());
        AnnouncementId id = sent(userClass);
        List<Callable<String>> twoRunners = List.of(() -> job(notices()).run(RUN), () -> job(notices()).run(RUN));

        Race.of(twoRunners);

        Map<Long, Integer> told = told(id);
        assertThat(told.keySet()).containsExactlyInAnyOrderElementsOf(meant);
        assertThat(told.values()).allMatch(count -> count == 1);
        assertThat(new JooqAnnouncementSends(dsl()).progress(id)).as("finished").isEmpty();
        assertThat(dsl().fetchCount(NOTICE_DELIVERIES.join(NOTICES).on(NOTICES.ID.eq(NOTICE_DELIVERIES.NOTICE_ID)),
                NOTICES.BOUNDARY.eq("announcement:" + id.value())))
                .as("a mail each, but not to the user who turned announcements off").isEqualTo(meant.size() - 1);

        job(notices()).run(RUN);
        assertThat(told(id).values()).as("a finished send raises nothing more").allMatch(count -> count == 1);
    }

    @Test
    void aRunThatFailsMidwayKeepsItsFinishedBatchesAndTheNextRunGoesOnFromThere() {
        int userClass = randomClass();
        List<Long> meant = users(1_200, userClass, false, true);
        AnnouncementId id = sent(userClass);
        OutboxNotices real = notices();
        AtomicInteger raised = new AtomicInteger();
        Notices failingAt700 = notice -> {
            if (raised.incrementAndGet() == 700) {
                throw new IllegalStateException("the instance stops");
            }
            real.raise(notice);
        };

        assertThatThrownBy(() -> job(failingAt700).run(RUN)).hasMessageContaining("stops");

        assertThat(told(id)).as("the first batch, committed").hasSize(AnnouncementJobs.BATCH);
        assertThat(new JooqAnnouncementSends(dsl()).progress(id)).contains(meant.get(AnnouncementJobs.BATCH - 1));

        job(notices()).run(RUN);

        assertThat(told(id).keySet()).containsExactlyInAnyOrderElementsOf(meant);
        assertThat(told(id).values()).allMatch(count -> count == 1);
    }
}
