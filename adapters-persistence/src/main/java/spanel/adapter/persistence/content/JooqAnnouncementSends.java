package spanel.adapter.persistence.content;

import static spanel.adapter.persistence.generated.Tables.ANNOUNCEMENT_SENDS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.content.port.out.AnnouncementSends;
import spanel.domain.content.AnnouncementId;
import spanel.domain.content.Audience;
import spanel.domain.user.UserId;

/** Sends in {@code announcement_sends}; the audience found in SQL over all users, by id. */
public final class JooqAnnouncementSends implements AnnouncementSends {

    private final DSLContext dsl;

    public JooqAnnouncementSends(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void request(AnnouncementId id, Instant at) {
        FirstInsert.wins(dsl, dsl.insertInto(ANNOUNCEMENT_SENDS)
                .set(ANNOUNCEMENT_SENDS.ANNOUNCEMENT_ID, id.value())
                .set(ANNOUNCEMENT_SENDS.REQUESTED_AT, Times.utc(at)));
    }

    @Override
    public List<Progress> pending(int limit) {
        return dsl.select(ANNOUNCEMENT_SENDS.ANNOUNCEMENT_ID, ANNOUNCEMENT_SENDS.AFTER_USER_ID).from(ANNOUNCEMENT_SENDS)
                .where(ANNOUNCEMENT_SENDS.DONE_AT.isNull())
                .orderBy(ANNOUNCEMENT_SENDS.ANNOUNCEMENT_ID)
                .limit(limit)
                .fetch(row -> new Progress(new AnnouncementId(row.value1()), row.value2()));
    }

    @Override
    public Optional<Long> progress(AnnouncementId id) {
        return dsl.select(ANNOUNCEMENT_SENDS.AFTER_USER_ID).from(ANNOUNCEMENT_SENDS)
                .where(ANNOUNCEMENT_SENDS.ANNOUNCEMENT_ID.eq(id.value()))
                .and(ANNOUNCEMENT_SENDS.DONE_AT.isNull())
                .fetchOptional(ANNOUNCEMENT_SENDS.AFTER_USER_ID);
    }

    @Override
    public List<UserId> audience(Audience audience, long afterUser, Instant now, int limit) {
        Field<Integer> effectiveClass = DSL.when(USERS.CLASS_EXPIRE.gt(Times.utc(now)), USERS.CLASS).otherwise(0);
        Condition classes = audience.classes().isEmpty() ? DSL.noCondition() : effectiveClass.in(audience.classes());
        Condition groups = audience.groups().isEmpty() ? DSL.noCondition() : USERS.NODE_GROUP.in(audience.groups());
        return dsl.select(USERS.ID).from(USERS)
                .where(USERS.ID.gt(afterUser))
                .and(USERS.ENABLE.isTrue())
                .and(USERS.BANNED.isFalse())
                .and(classes)
                .and(groups)
                .orderBy(USERS.ID)
                .limit(limit)
                .fetch(row -> UserId.of(row.value1()));
    }

    @Override
    public boolean advance(AnnouncementId id, long from, long to) {
        return dsl.update(ANNOUNCEMENT_SENDS)
                .set(ANNOUNCEMENT_SENDS.AFTER_USER_ID, to)
                .where(ANNOUNCEMENT_SENDS.ANNOUNCEMENT_ID.eq(id.value()))
                .and(ANNOUNCEMENT_SENDS.AFTER_USER_ID.eq(from))
                .and(ANNOUNCEMENT_SENDS.DONE_AT.isNull())
                .execute() == 1;
    }

    @Override
    public boolean finish(AnnouncementId id, long from, Instant at) {
        return dsl.update(ANNOUNCEMENT_SENDS)
                .set(ANNOUNCEMENT_SENDS.DONE_AT, Times.utc(at))
                .where(ANNOUNCEMENT_SENDS.ANNOUNCEMENT_ID.eq(id.value()))
                .and(ANNOUNCEMENT_SENDS.AFTER_USER_ID.eq(from))
                .and(ANNOUNCEMENT_SENDS.DONE_AT.isNull())
                .execute() == 1;
    }
}
