package spanel.adapter.persistence.content;

import static spanel.adapter.persistence.generated.Tables.ANNOUNCEMENTS;
import static spanel.adapter.persistence.generated.Tables.ANNOUNCEMENT_READS;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import spanel.adapter.persistence.generated.tables.records.AnnouncementsRecord;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.content.port.out.Announcements;
import spanel.domain.content.Announcement;
import spanel.domain.content.AnnouncementDraft;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Audience;
import spanel.domain.user.UserId;

public final class JooqAnnouncements implements Announcements {

    private final DSLContext dsl;

    public JooqAnnouncements(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Announcement> all() {
        return dsl.selectFrom(ANNOUNCEMENTS)
                .orderBy(ANNOUNCEMENTS.PINNED.desc(), ANNOUNCEMENTS.CREATED_AT.desc(), ANNOUNCEMENTS.ID.desc())
                .fetch(JooqAnnouncements::toAnnouncement);
    }

    @Override
    public Optional<Announcement> find(AnnouncementId id) {
        return dsl.selectFrom(ANNOUNCEMENTS).where(ANNOUNCEMENTS.ID.eq(id.value()))
                .fetchOptional(JooqAnnouncements::toAnnouncement);
    }

    @Override
    public AnnouncementId add(AnnouncementDraft draft, Instant at) {
        AnnouncementsRecord row = dsl.newRecord(ANNOUNCEMENTS);
        write(row, draft);
        row.setCreatedAt(Times.utc(at));
        row.store();
        return new AnnouncementId(row.getId());
    }

    @Override
    public boolean replace(AnnouncementId id, AnnouncementDraft draft) {
        AnnouncementsRecord row = dsl.newRecord(ANNOUNCEMENTS);
        write(row, draft);
        return dsl.update(ANNOUNCEMENTS).set(row).where(ANNOUNCEMENTS.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public boolean remove(AnnouncementId id) {
        return dsl.deleteFrom(ANNOUNCEMENTS).where(ANNOUNCEMENTS.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public Set<AnnouncementId> readBy(UserId user) {
        return dsl.select(ANNOUNCEMENT_READS.ANNOUNCEMENT_ID).from(ANNOUNCEMENT_READS)
                .where(ANNOUNCEMENT_READS.USER_ID.eq(user.value()))
                .fetchSet(r -> new AnnouncementId(r.value1()));
    }

    @Override
    public void markRead(UserId user, AnnouncementId id, Instant at) {
        FirstInsert.wins(dsl, dsl.insertInto(ANNOUNCEMENT_READS)
                .set(ANNOUNCEMENT_READS.USER_ID, user.value())
                .set(ANNOUNCEMENT_READS.ANNOUNCEMENT_ID, id.value())
                .set(ANNOUNCEMENT_READS.READ_AT, Times.utc(at)));
    }

    private static void write(AnnouncementsRecord row, AnnouncementDraft draft) {
        row.setTitle(draft.title());
        row.setBody(draft.body());
        row.setPinned(draft.pinned());
        row.setTargetClasses(numbers(draft.audience().classes()));
        row.setTargetGroups(numbers(draft.audience().groups()));
        row.setEndsAt(Times.utc(draft.endsAt().orElse(null)));
    }

    private static Announcement toAnnouncement(AnnouncementsRecord row) {
        var audience = new Audience(numbers(row.getTargetClasses()), numbers(row.getTargetGroups()));
        var draft = new AnnouncementDraft(row.getTitle(), row.getBody(), row.getPinned(), audience,
                Optional.ofNullable(Times.instant(row.getEndsAt())));
        return new Announcement(new AnnouncementId(row.getId()), draft, Times.instant(row.getCreatedAt()));
    }

    private static String numbers(Set<Integer> numbers) {
        return new TreeSet<>(numbers).stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> numbers(String text) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
