package spanel.adapter.persistence.notice;

import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_DELIVERIES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_RECIPIENTS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.support.Times;
import spanel.application.notice.port.out.Outbox;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;

/**
 * The outbox in {@code notices} and {@code notice_deliveries}. A notice's unique key (event, user,
 * boundary) lets the first raise win; a delivery is claimed by a guarded update on its lease, so
 * of several instances one wins it, and its outcome is recorded only under the lease it won.
 */
public final class JooqOutbox implements Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };
    private static final int VALUES_LENGTH = 4000;

    /** Raised inside purchases and credits: a constant statement on PostgreSQL (see {@link HotPath}). */
    private static final String PG_RAISE = "INSERT INTO notices (event, user_id, boundary, language, values_json, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqOutbox(DSLContext dsl) {
        this.dsl = dsl;
        this.hotPath = new HotPath(dsl);
    }

    @Override
    public boolean add(Entry entry, Set<NoticeChannel> channels, Instant at) {
        Optional<Long> raised = raise(entry, json(entry.values()), at);
        if (raised.isEmpty()) {
            return false;
        }
        long noticeId = raised.get();
        for (NoticeChannel channel : channels) {
            dsl.insertInto(NOTICE_DELIVERIES, NOTICE_DELIVERIES.NOTICE_ID, NOTICE_DELIVERIES.CHANNEL,
                            NOTICE_DELIVERIES.NEXT_ATTEMPT_AT)
                    .values(noticeId, channel.word(), Times.utc(at))
                    .execute();
        }
        return true;
    }

    /** The new notice's id; none when a raise of the same key was first. */
    private Optional<Long> raise(Entry entry, String values, Instant at) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            // The id in the insert's own round trip.
            return hotPath.query(PG_RAISE, rows -> rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty(),
                    entry.event().word(), entry.user(), entry.boundary(), entry.language().tag(), values, Times.utc(at));
        }
        // H2 runs the race-tolerant insert as MERGE, which returns no id: it is read back.
        if (!FirstInsert.wins(dsl, dsl.insertInto(NOTICES, NOTICES.EVENT, NOTICES.USER_ID, NOTICES.BOUNDARY,
                        NOTICES.LANGUAGE, NOTICES.VALUES_JSON, NOTICES.CREATED_AT)
                .values(entry.event().word(), entry.user(), entry.boundary(), entry.language().tag(), values, Times.utc(at)))) {
            return Optional.empty();
        }
        return Optional.of(dsl.select(NOTICES.ID).from(NOTICES)
                .where(NOTICES.EVENT.eq(entry.event().word()))
                .and(NOTICES.USER_ID.eq(entry.user()))
                .and(NOTICES.BOUNDARY.eq(entry.boundary()))
                .fetchSingle(NOTICES.ID));
    }

    private static Condition due(Instant now) {
        return NOTICE_DELIVERIES.SENT_AT.isNull()
                .and(NOTICE_DELIVERIES.FAILED_AT.isNull())
                .and(NOTICE_DELIVERIES.NEXT_ATTEMPT_AT.le(Times.utc(now)))
                .and(NOTICE_DELIVERIES.LEASE_UNTIL.isNull().or(NOTICE_DELIVERIES.LEASE_UNTIL.le(Times.utc(now))));
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return dsl.select(NOTICE_DELIVERIES.ID).from(NOTICE_DELIVERIES)
                .where(due(now))
                .orderBy(NOTICE_DELIVERIES.ID)
                .limit(limit)
                .fetch(NOTICE_DELIVERIES.ID);
    }

    @Override
    public Optional<Claimed> claim(long deliveryId, Instant now, Duration lease) {
        String token = UUID.randomUUID().toString();
        int won = dsl.update(NOTICE_DELIVERIES)
                .set(NOTICE_DELIVERIES.LEASE_TOKEN, token)
                .set(NOTICE_DELIVERIES.LEASE_UNTIL, Times.utc(now.plus(lease)))
                .set(NOTICE_DELIVERIES.ATTEMPTS, NOTICE_DELIVERIES.ATTEMPTS.plus(1))
                .where(NOTICE_DELIVERIES.ID.eq(deliveryId))
                .and(due(now))
                .execute();
        if (won != 1) {
            return Optional.empty();
        }
        Record row = dsl.select(NOTICE_DELIVERIES.ID, NOTICE_DELIVERIES.CHANNEL, NOTICE_DELIVERIES.ATTEMPTS,
                        NOTICES.EVENT, NOTICES.USER_ID, NOTICES.BOUNDARY, NOTICES.LANGUAGE, NOTICES.VALUES_JSON,
                        NOTICES.CREATED_AT, USERS.EMAIL, NOTICE_RECIPIENTS.TELEGRAM_CHAT_ID)
                .from(NOTICE_DELIVERIES)
                .join(NOTICES).on(NOTICES.ID.eq(NOTICE_DELIVERIES.NOTICE_ID))
                .leftJoin(USERS).on(USERS.ID.eq(NOTICES.USER_ID))
                .leftJoin(NOTICE_RECIPIENTS).on(NOTICE_RECIPIENTS.USER_ID.eq(NOTICES.USER_ID))
                .where(NOTICE_DELIVERIES.ID.eq(deliveryId))
                .fetchSingle();
        Entry entry = new Entry(event(row.get(NOTICES.EVENT)), row.get(NOTICES.USER_ID), row.get(NOTICES.BOUNDARY),
                NoticeLanguage.of(row.get(NOTICES.LANGUAGE)).orElse(NoticeLanguage.EN), values(row.get(NOTICES.VALUES_JSON)));
        return Optional.of(new Claimed(deliveryId, token, channel(row.get(NOTICE_DELIVERIES.CHANNEL)), entry,
                row.get(NOTICE_DELIVERIES.ATTEMPTS), Times.instant(row.get(NOTICES.CREATED_AT)),
                Optional.ofNullable(row.get(USERS.EMAIL)), Optional.ofNullable(row.get(NOTICE_RECIPIENTS.TELEGRAM_CHAT_ID))));
    }

    private static Condition held(Claimed claimed) {
        return NOTICE_DELIVERIES.ID.eq(claimed.id())
                .and(NOTICE_DELIVERIES.LEASE_TOKEN.eq(claimed.lease()))
                .and(NOTICE_DELIVERIES.SENT_AT.isNull())
                .and(NOTICE_DELIVERIES.FAILED_AT.isNull());
    }

    @Override
    public boolean delivered(Claimed claimed, Instant at) {
        return dsl.update(NOTICE_DELIVERIES)
                .set(NOTICE_DELIVERIES.SENT_AT, Times.utc(at))
                .setNull(NOTICE_DELIVERIES.LEASE_UNTIL)
                .where(held(claimed))
                .execute() == 1;
    }

    @Override
    public boolean attemptFailed(Claimed claimed, String reason, Optional<Instant> retryAt, Instant at) {
        var update = dsl.update(NOTICE_DELIVERIES)
                .set(NOTICE_DELIVERIES.LAST_ERROR, reason)
                .setNull(NOTICE_DELIVERIES.LEASE_UNTIL);
        var set = retryAt.isPresent()
                ? update.set(NOTICE_DELIVERIES.NEXT_ATTEMPT_AT, Times.utc(retryAt.get()))
                : update.set(NOTICE_DELIVERIES.FAILED_AT, Times.utc(at));
        return set.where(held(claimed)).execute() == 1;
    }

    @Override
    public List<Listed> list(Optional<State> state, int limit) {
        Condition in = state.map(JooqOutbox::inState).orElse(org.jooq.impl.DSL.noCondition());
        return dsl.select(NOTICE_DELIVERIES.ID, NOTICES.EVENT, NOTICES.USER_ID, NOTICES.BOUNDARY, NOTICE_DELIVERIES.CHANNEL,
                        NOTICE_DELIVERIES.SENT_AT, NOTICE_DELIVERIES.FAILED_AT, NOTICE_DELIVERIES.ATTEMPTS,
                        NOTICES.CREATED_AT, NOTICE_DELIVERIES.NEXT_ATTEMPT_AT, NOTICE_DELIVERIES.LAST_ERROR)
                .from(NOTICE_DELIVERIES).join(NOTICES).on(NOTICES.ID.eq(NOTICE_DELIVERIES.NOTICE_ID))
                .where(in)
                .orderBy(NOTICE_DELIVERIES.ID.desc())
                .limit(limit)
                .fetch(row -> {
                    State now = row.get(NOTICE_DELIVERIES.SENT_AT) != null ? State.SENT
                            : row.get(NOTICE_DELIVERIES.FAILED_AT) != null ? State.FAILED : State.PENDING;
                    return new Listed(row.get(NOTICE_DELIVERIES.ID), event(row.get(NOTICES.EVENT)), row.get(NOTICES.USER_ID),
                            row.get(NOTICES.BOUNDARY), channel(row.get(NOTICE_DELIVERIES.CHANNEL)), now,
                            row.get(NOTICE_DELIVERIES.ATTEMPTS), Times.instant(row.get(NOTICES.CREATED_AT)),
                            now == State.PENDING ? Optional.of(Times.instant(row.get(NOTICE_DELIVERIES.NEXT_ATTEMPT_AT)))
                                    : Optional.empty(),
                            Optional.ofNullable(row.get(NOTICE_DELIVERIES.LAST_ERROR)));
                });
    }

    private static Condition inState(State state) {
        return switch (state) {
            case SENT -> NOTICE_DELIVERIES.SENT_AT.isNotNull();
            case FAILED -> NOTICE_DELIVERIES.FAILED_AT.isNotNull();
            case PENDING -> NOTICE_DELIVERIES.SENT_AT.isNull().and(NOTICE_DELIVERIES.FAILED_AT.isNull());
        };
    }

    @Override
    public boolean retry(long deliveryId, Instant at) {
        return dsl.update(NOTICE_DELIVERIES)
                .setNull(NOTICE_DELIVERIES.FAILED_AT)
                .set(NOTICE_DELIVERIES.ATTEMPTS, 0)
                .set(NOTICE_DELIVERIES.NEXT_ATTEMPT_AT, Times.utc(at))
                .setNull(NOTICE_DELIVERIES.LEASE_TOKEN)
                .setNull(NOTICE_DELIVERIES.LEASE_UNTIL)
                .where(NOTICE_DELIVERIES.ID.eq(deliveryId))
                .and(NOTICE_DELIVERIES.FAILED_AT.isNotNull())
                .execute() == 1;
    }

    @Override
    public int prune(Instant createdBefore, int limit) {
        var notice = NOTICES.as("pruned");
        var delivery = NOTICE_DELIVERIES.as("pending");
        Condition waiting = DSL.exists(DSL.selectOne().from(delivery)
                .where(delivery.NOTICE_ID.eq(notice.ID))
                .and(delivery.SENT_AT.isNull())
                .and(delivery.FAILED_AT.isNull()));
        // A traffic notice of the user's period now is what keeps the traffic job from raising it again.
        Condition currentPeriod = notice.EVENT.in(NoticeEvent.TRAFFIC_80.word(), NoticeEvent.TRAFFIC_100.word())
                .and(DSL.exists(DSL.selectOne().from(USERS)
                        .where(USERS.ID.eq(notice.USER_ID))
                        .and(JooqNoticeBoundaries.trafficPeriod().eq(notice.BOUNDARY))));
        var batch = DSL.select(notice.ID).from(notice)
                .where(notice.CREATED_AT.lt(Times.utc(createdBefore)))
                .andNot(waiting)
                .andNot(currentPeriod)
                .orderBy(notice.ID)
                .limit(limit);
        return dsl.deleteFrom(NOTICES).where(NOTICES.ID.in(batch)).execute();
    }

    private static NoticeEvent event(String word) {
        return NoticeEvent.of(word).orElseThrow(() -> new IllegalStateException("an unknown notice event is kept: " + word));
    }

    private static NoticeChannel channel(String word) {
        return NoticeChannel.of(word).orElseThrow(() -> new IllegalStateException("an unknown channel is kept: " + word));
    }

    private static String json(Map<String, String> values) {
        try {
            String text = JSON.writeValueAsString(new java.util.TreeMap<>(values));
            if (text.length() > VALUES_LENGTH) {
                throw new IllegalArgumentException("a notice's values take more than " + VALUES_LENGTH + " characters");
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice's values could not be written as JSON", e);
        }
    }

    private static Map<String, String> values(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notice's kept values are not JSON", e);
        }
    }
}
