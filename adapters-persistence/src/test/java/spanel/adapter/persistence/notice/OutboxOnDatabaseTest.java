package spanel.adapter.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.NOTICES;
import static spanel.adapter.persistence.generated.Tables.NOTICE_DELIVERIES;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.adapter.persistence.user.BcryptPasswordHasher;
import spanel.adapter.persistence.user.JooqAccessTokens;
import spanel.adapter.persistence.user.JooqPasswordResets;
import spanel.adapter.persistence.user.JooqUserAccounts;
import spanel.application.notice.DeliverNoticesService;
import spanel.application.notice.OutboxNotices;
import spanel.application.notice.port.in.DeliverNotices;
import spanel.application.notice.port.out.Notice;
import spanel.application.notice.port.out.NoticeMeter;
import spanel.application.notice.port.out.NoticeSender;
import spanel.application.notice.port.out.NoticeTemplates;
import spanel.application.notice.port.out.Outbox;
import spanel.application.user.Passwords;
import spanel.application.user.port.out.AccessTokens;
import spanel.domain.common.MovableClock;
import spanel.domain.notice.Backoff;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.user.Caller;
import spanel.domain.user.Password;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * The outbox on the real databases: a notice is kept once per event, recipient and boundary, in
 * the transaction of the change that raised it; deliveries reach their channel exactly once with
 * two workers racing and failures injected; a worker that stops mid-delivery loses nothing. The
 * class shares one schema, so each test looks only at its own users' notices.
 */
class OutboxOnDatabaseTest extends PersistenceContractTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final NoticeTemplates WORDS = (event, language, channel, values) ->
            new NoticeTemplates.Rendered(event.word(), new java.util.TreeMap<>(values).toString());

    /** A channel's far side: how often it took each delivery id; with {@code failEvery} n, every n-th send fails untaken. */
    private static final class Receiver implements NoticeSender {
        final Map<Long, Integer> took = new ConcurrentHashMap<>();
        final AtomicInteger sends = new AtomicInteger();
        volatile int failEvery;

        @Override
        public void send(Outgoing outgoing) {
            if (failEvery > 0 && sends.incrementAndGet() % failEvery == 0) {
                throw new NotDelivered("injected failure");
            }
            took.merge(outgoing.id(), 1, Integer::sum);
        }
    }

    private static final class Counts implements NoticeMeter {
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger retried = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        @Override
        public void sent(NoticeChannel channel) {
            sent.incrementAndGet();
        }

        @Override
        public void retried(NoticeChannel channel) {
            retried.incrementAndGet();
        }

        @Override
        public void failed(NoticeChannel channel) {
            failed.incrementAndGet();
        }
    }

    private JooqOutbox outbox() {
        return new JooqOutbox(dsl());
    }

    private OutboxNotices notices(Clock clock) {
        return new OutboxNotices(outbox(), new JooqNoticePreferences(dsl()), EnumSet.of(NoticeChannel.MAIL, NoticeChannel.WEBHOOK),
                clock);
    }

    private DeliverNoticesService worker(Receiver receiver, Counts counts, Backoff backoff, Clock clock) {
        return new DeliverNoticesService(outbox(), WORDS, Map.of(NoticeChannel.MAIL, receiver, NoticeChannel.WEBHOOK, receiver),
                counts, backoff, LEASE, clock);
    }

    private static Notice credited(UserId user, String order) {
        return Notice.toUser(NoticeEvent.PAYMENT_CREDITED, user, "order:" + order, Map.of("amount", "10.00"));
    }

    private UserId aUser() {
        return UserId.of(Seed.activeUser(dsl()));
    }

    private List<Long> deliveriesOf(UserId user) {
        return dsl().select(NOTICE_DELIVERIES.ID).from(NOTICE_DELIVERIES).join(NOTICES).on(NOTICES.ID.eq(NOTICE_DELIVERIES.NOTICE_ID))
                .where(NOTICES.USER_ID.eq(user.value())).orderBy(NOTICE_DELIVERIES.ID).fetch(NOTICE_DELIVERIES.ID);
    }

    private int noticesOf(UserId user) {
        return dsl().fetchCount(NOTICES, NOTICES.USER_ID.eq(user.value()));
    }

    @Test
    void aNoticeRaisedTwiceForOneBoundaryIsKeptOnceWithADeliveryPerChannel() {
        MovableClock clock = MovableClock.at("2050-01-01T00:00:00Z");
        UserId user = aUser();

        notices(clock).raise(credited(user, "7"));
        notices(clock).raise(credited(user, "7"));
        notices(clock).raise(credited(user, "8"));

        assertThat(noticesOf(user)).isEqualTo(2);
        assertThat(deliveriesOf(user)).as("mail and webhook, for each of the two orders").hasSize(4);
    }

    @Test
    void twoWorkersWithFailuresDeliverEveryNoticeExactlyOnce() throws Exception {
        MovableClock clock = MovableClock.at("2051-01-01T00:00:00Z");
        List<UserId> users = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UserId user = aUser();
            users.add(user);
            notices(clock).raise(credited(user, "1"));
            notices(clock).raise(Notice.toUser(NoticeEvent.PASSWORD_CHANGED, user, "at:1", Map.of()));
        }
        List<Long> mine = users.stream().flatMap(user -> deliveriesOf(user).stream()).toList();
        Receiver receiver = new Receiver();
        receiver.failEvery = 3;
        Counts counts = new Counts();
        Backoff everyMinute = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(1), 1_000);
        List<Callable<DeliverNotices.Delivered>> twoInstances = List.of(
                worker(receiver, counts, everyMinute, clock)::deliverDue, worker(receiver, counts, everyMinute, clock)::deliverDue);

        for (int round = 0; round < 30 && !mine.stream().allMatch(receiver.took::containsKey); round++) {
            Race.of(twoInstances);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(counts.retried.get()).as("failed attempts, tried again").isPositive();
        assertThat(mine).hasSize(80).allSatisfy(id -> assertThat(receiver.took.get(id)).as("delivery " + id).isEqualTo(1));
        assertThat(dsl().fetchCount(NOTICE_DELIVERIES, NOTICE_DELIVERIES.ID.in(mine).and(NOTICE_DELIVERIES.SENT_AT.isNull())))
                .as("recorded as sent").isZero();
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatStoppedIsSentByAnotherOnceItsLeaseRunsOut() {
        MovableClock clock = MovableClock.at("2052-01-01T00:00:00Z");
        UserId user = aUser();
        notices(clock).raise(credited(user, "1"));
        List<Long> mine = deliveriesOf(user);
        // The first instance claims both deliveries, then stops before sending either.
        mine.forEach(id -> assertThat(outbox().claim(id, clock.instant(), LEASE)).isPresent());
        Receiver receiver = new Receiver();
        DeliverNoticesService restarted = worker(receiver, new Counts(), Backoff.DEFAULT, clock);

        clock.advance(LEASE.minusSeconds(1));
        restarted.deliverDue();
        assertThat(receiver.took).as("held by the lease").doesNotContainKeys(mine.toArray(Long[]::new));

        clock.advance(Duration.ofSeconds(1));
        restarted.deliverDue();
        clock.advance(Duration.ofMinutes(10));
        restarted.deliverDue();

        assertThat(mine).allSatisfy(id -> assertThat(receiver.took.get(id)).isEqualTo(1));
    }

    @Test
    void anInstanceThatStopsBetweenTheSendAndItsRecordCausesOneResendUnderTheSameId() {
        MovableClock clock = MovableClock.at("2053-01-01T00:00:00Z");
        UserId user = aUser();
        notices(clock).raise(credited(user, "1"));
        long delivery = deliveriesOf(user).get(0);
        Receiver receiver = new Receiver();
        Outbox.Claimed claimed = outbox().claim(delivery, clock.instant(), LEASE).orElseThrow();
        receiver.send(new NoticeSender.Outgoing(claimed.id(), claimed.entry().event(), user.value(), claimed.email(),
                Optional.empty(), "s", "b", Map.of()));
        // ...and the instance stops here, before recording the delivery.

        clock.advance(LEASE);
        worker(receiver, new Counts(), Backoff.DEFAULT, clock).deliverDue();

        assertThat(receiver.took.get(delivery)).as("the documented window: sent again, with the same id").isEqualTo(2);
        clock.advance(LEASE);
        worker(receiver, new Counts(), Backoff.DEFAULT, clock).deliverDue();
        assertThat(receiver.took.get(delivery)).as("recorded now: never again").isEqualTo(2);
    }

    @Test
    void onlyTheHolderOfTheLatestLeaseRecordsTheOutcome() {
        MovableClock clock = MovableClock.at("2054-01-01T00:00:00Z");
        UserId user = aUser();
        notices(clock).raise(credited(user, "1"));
        long delivery = deliveriesOf(user).get(0);
        Outbox.Claimed first = outbox().claim(delivery, clock.instant(), LEASE).orElseThrow();
        assertThat(outbox().claim(delivery, clock.instant().plusSeconds(1), LEASE)).as("held").isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        Outbox.Claimed second = outbox().claim(delivery, clock.instant(), LEASE).orElseThrow();

        assertThat(outbox().delivered(first, clock.instant())).as("the first lease ran out").isFalse();
        assertThat(outbox().attemptFailed(first, "late", Optional.empty(), clock.instant())).isFalse();
        assertThat(outbox().delivered(second, clock.instant())).isTrue();
        assertThat(second.attempt()).isEqualTo(2);
    }

    @Test
    void aFailingDeliveryBacksOffIsGivenUpAfterItsLastAttemptAndCanBePutBackInLine() {
        MovableClock clock = MovableClock.at("2055-01-01T00:00:00Z");
        UserId user = aUser();
        notices(clock).raise(credited(user, "1"));
        long delivery = deliveriesOf(user).get(0);
        Receiver receiver = new Receiver();
        receiver.failEvery = 1;
        Counts counts = new Counts();
        DeliverNoticesService worker = worker(receiver, counts, new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 3), clock);

        worker.deliverDue();
        assertThat(attempts(delivery)).isEqualTo(1);
        clock.advance(Duration.ofSeconds(59));
        worker.deliverDue();
        assertThat(attempts(delivery)).as("still backing off").isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        worker.deliverDue();
        assertThat(attempts(delivery)).isEqualTo(2);
        clock.advance(Duration.ofMinutes(2));
        worker.deliverDue();

        assertThat(attempts(delivery)).isEqualTo(3);
        assertThat(outbox().list(Optional.of(Outbox.State.FAILED), 1_000)).anySatisfy(listed -> {
            assertThat(listed.id()).isEqualTo(delivery);
            assertThat(listed.lastError()).contains("injected failure");
        });
        clock.advance(Duration.ofDays(1));
        worker.deliverDue();
        assertThat(attempts(delivery)).as("given up").isEqualTo(3);

        receiver.failEvery = 0;
        assertThat(outbox().retry(delivery, clock.instant())).isTrue();
        worker.deliverDue();
        assertThat(receiver.took.get(delivery)).isEqualTo(1);
        assertThat(outbox().retry(delivery, clock.instant())).as("sent: nothing to retry").isFalse();
    }

    private int attempts(long delivery) {
        return dsl().fetchValue(NOTICE_DELIVERIES.ATTEMPTS, NOTICE_DELIVERIES.ID.eq(delivery));
    }

    @Test
    void aNewPasswordRaisesItsNoticeInItsOwnTransactionAndAFailureHalfwayLeavesNeither() {
        MovableClock clock = MovableClock.at("2056-01-01T00:00:00Z");
        UserId user = aUser();
        JooqUserAccounts accounts = new JooqUserAccounts(dsl());
        String before = accounts.passwordHashOf(user).orElseThrow();
        Passwords failing = new Passwords(accounts, new RevocationFails(new JooqAccessTokens(dsl())),
                new JooqPasswordResets(dsl()), new BcryptPasswordHasher(4), transactions(), notices(clock), clock);

        assertThatThrownBy(() -> failing.replace(user, failing.hash(new Password("a new password")), Optional.empty()))
                .hasMessageContaining("revoking failed");

        assertThat(accounts.passwordHashOf(user)).contains(before);
        assertThat(noticesOf(user)).as("no notice of a change that did not happen").isZero();

        Passwords passwords = new Passwords(accounts, new JooqAccessTokens(dsl()), new JooqPasswordResets(dsl()),
                new BcryptPasswordHasher(4), transactions(), notices(clock), clock);
        passwords.replace(user, passwords.hash(new Password("a new password")), Optional.empty());

        assertThat(noticesOf(user)).isEqualTo(1);
        assertThat(dsl().fetchValue(NOTICES.EVENT, NOTICES.USER_ID.eq(user.value()))).isEqualTo("password_changed");
    }

    /** Tokens whose revocation fails: the last write of a new password. */
    private record RevocationFails(AccessTokens tokens) implements AccessTokens {

        @Override
        public void issue(TokenHash token, UserId holder, Instant expiresAt, Instant now) {
            tokens.issue(token, holder, expiresAt, now);
        }

        @Override
        public Optional<Caller> findLiveHolder(TokenHash token, Instant now) {
            return tokens.findLiveHolder(token, now);
        }

        @Override
        public boolean revoke(TokenHash token) {
            return tokens.revoke(token);
        }

        @Override
        public int revokeAllOf(UserId holder) {
            throw new IllegalStateException("revoking failed");
        }

        @Override
        public int revokeAllOfExcept(UserId holder, TokenHash kept) {
            throw new IllegalStateException("revoking failed");
        }
    }
}
