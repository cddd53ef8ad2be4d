package spanel.adapter.persistence.notice;

import static spanel.adapter.persistence.generated.Tables.NOTICE_CHOICES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_RECIPIENTS;
import static spanel.adapter.persistence.generated.Tables.TELEGRAM_LINK_CODES;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import spanel.adapter.persistence.support.HotPath;
import spanel.adapter.persistence.support.FirstInsert;
import spanel.adapter.persistence.support.Times;
import spanel.application.notice.port.out.NoticePreferences;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;
import spanel.domain.user.UserId;

/** Choices in {@code notice_choices}, language and Telegram chat in {@code notice_recipients}, link codes in {@code telegram_link_codes}. */
public final class JooqNoticePreferences implements NoticePreferences {

    /** Read inside every transaction that raises a notice: a constant statement (see {@link HotPath}). */
    private static final String CHOICES = "SELECT r.language, r.telegram_chat_id, c.event, c.channel FROM (SELECT 1) AS one"
            + " LEFT JOIN notice_recipients r ON r.user_id = ?"
            + " LEFT JOIN notice_choices c ON c.user_id = ? AND c.enabled = false";

    private final DSLContext dsl;
    private final HotPath hotPath;

    public JooqNoticePreferences(DSLContext dsl) {
        this.hotPath = new HotPath(dsl);
        this.dsl = dsl;
    }

    @Override
    public Choices of(UserId user) {
        // One round trip inside every transaction that raises a notice: the recipient's row (if any)
        // beside each choice turned off (if any), both joined to a single row. A read, so the same
        // constant statement serves both databases.
        return hotPath.query(CHOICES, rows -> {
            Map<NoticeEvent, Set<NoticeChannel>> off = new EnumMap<>(NoticeEvent.class);
            String language = null;
            Long chat = null;
            while (rows.next()) {
                language = rows.getString(1);
                long linked = rows.getLong(2);
                chat = rows.wasNull() ? null : linked;
                String event = rows.getString(3);
                String channel = rows.getString(4);
                if (event != null) {
                    NoticeEvent.of(event).ifPresent(e -> NoticeChannel.of(channel)
                            .ifPresent(c -> off.computeIfAbsent(e, x -> EnumSet.noneOf(NoticeChannel.class)).add(c)));
                }
            }
            return new Choices(off, Optional.ofNullable(language).flatMap(NoticeLanguage::of).orElse(NoticeLanguage.EN),
                    Optional.ofNullable(chat));
        }, user.value(), user.value());
    }

    @Override
    public void change(UserId user, Map<NoticeEvent, Map<NoticeChannel, Boolean>> choices, Optional<NoticeLanguage> language) {
        // Inserted, or (a row there first, also one a racing change just made) updated: the last change wins.
        choices.forEach((event, channels) -> channels.forEach((channel, enabled) -> {
            if (!FirstInsert.wins(dsl, dsl.insertInto(NOTICE_CHOICES, NOTICE_CHOICES.USER_ID, NOTICE_CHOICES.EVENT,
                    NOTICE_CHOICES.CHANNEL, NOTICE_CHOICES.ENABLED).values(user.value(), event.word(), channel.word(), enabled))) {
                dsl.update(NOTICE_CHOICES).set(NOTICE_CHOICES.ENABLED, enabled)
                        .where(NOTICE_CHOICES.USER_ID.eq(user.value()))
                        .and(NOTICE_CHOICES.EVENT.eq(event.word()))
                        .and(NOTICE_CHOICES.CHANNEL.eq(channel.word()))
                        .execute();
            }
        }));
        language.ifPresent(chosen -> {
            ensureRecipient(user);
            dsl.update(NOTICE_RECIPIENTS).set(NOTICE_RECIPIENTS.LANGUAGE, chosen.tag())
                    .where(NOTICE_RECIPIENTS.USER_ID.eq(user.value())).execute();
        });
    }

    private void ensureRecipient(UserId user) {
        FirstInsert.wins(dsl, dsl.insertInto(NOTICE_RECIPIENTS, NOTICE_RECIPIENTS.USER_ID).values(user.value()));
    }

    @Override
    public List<UserId> operators() {
        return dsl.select(USERS.ID).from(USERS).where(USERS.IS_ADMIN.isTrue()).and(USERS.BANNED.isFalse())
                .orderBy(USERS.ID).fetch(row -> UserId.of(row.value1()));
    }

    @Override
    public void keepLinkCode(UserId user, String codeHash, Instant expiresAt) {
        // One row per user: replaced in place; of two first codes racing, the insert that loses replaces the winner's.
        if (replaceLinkCode(user, codeHash, expiresAt)) {
            return;
        }
        if (!FirstInsert.wins(dsl, dsl.insertInto(TELEGRAM_LINK_CODES, TELEGRAM_LINK_CODES.CODE_HASH, TELEGRAM_LINK_CODES.USER_ID,
                TELEGRAM_LINK_CODES.EXPIRES_AT).values(codeHash, user.value(), Times.utc(expiresAt)))) {
            replaceLinkCode(user, codeHash, expiresAt);
        }
    }

    private boolean replaceLinkCode(UserId user, String codeHash, Instant expiresAt) {
        return dsl.update(TELEGRAM_LINK_CODES)
                .set(TELEGRAM_LINK_CODES.CODE_HASH, codeHash)
                .set(TELEGRAM_LINK_CODES.EXPIRES_AT, Times.utc(expiresAt))
                .where(TELEGRAM_LINK_CODES.USER_ID.eq(user.value()))
                .execute() == 1;
    }

    @Override
    public Optional<UserId> linkTelegram(String codeHash, long chatId, Instant now) {
        // Spent by a guarded delete: of two links racing with one code, one deletes it and links.
        Optional<Long> owner = dsl.select(TELEGRAM_LINK_CODES.USER_ID).from(TELEGRAM_LINK_CODES)
                .where(TELEGRAM_LINK_CODES.CODE_HASH.eq(codeHash))
                .and(TELEGRAM_LINK_CODES.EXPIRES_AT.gt(Times.utc(now)))
                .fetchOptional(TELEGRAM_LINK_CODES.USER_ID)
                .filter(id -> dsl.deleteFrom(TELEGRAM_LINK_CODES).where(TELEGRAM_LINK_CODES.CODE_HASH.eq(codeHash))
                        .execute() == 1);
        owner.ifPresent(id -> {
            UserId user = UserId.of(id);
            ensureRecipient(user);
            dsl.update(NOTICE_RECIPIENTS)
                    .set(NOTICE_RECIPIENTS.TELEGRAM_CHAT_ID, chatId)
                    .set(NOTICE_RECIPIENTS.TELEGRAM_LINKED_AT, Times.utc(now))
                    .where(NOTICE_RECIPIENTS.USER_ID.eq(id))
                    .execute();
        });
        return owner.map(UserId::of);
    }

    @Override
    public boolean unlinkTelegram(UserId user) {
        return dsl.update(NOTICE_RECIPIENTS)
                .setNull(NOTICE_RECIPIENTS.TELEGRAM_CHAT_ID)
                .setNull(NOTICE_RECIPIENTS.TELEGRAM_LINKED_AT)
                .where(NOTICE_RECIPIENTS.USER_ID.eq(user.value()))
                .and(NOTICE_RECIPIENTS.TELEGRAM_CHAT_ID.isNotNull())
                .execute() == 1;
    }
}
