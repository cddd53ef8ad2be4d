package spanel.adapter.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.USERS;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.balance.JooqBalances;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.application.imports.ImportInstallationService;
import spanel.application.imports.port.in.ImportInstallation;
import spanel.application.imports.port.out.ImportDestination;
import spanel.application.imports.port.out.SourcePanel;
import spanel.application.node.port.out.NodeConfigs;
import spanel.domain.node.Node;
import spanel.domain.user.Email;
import spanel.domain.user.PortRange;

class JooqImportDestinationTest extends PersistenceContractTest {

    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");
    /** Ids far from other tests' rows, distinct per call. */
    private static final AtomicLong IDS = new AtomicLong(700_000);
    /** Above IDS: the ids generated after moving past them stay clear of IDS's. */
    private static final AtomicLong HIGH_IDS = new AtomicLong(900_000);

    private JooqImportDestination destination() {
        return new JooqImportDestination(dsl());
    }

    private static ImportDestination.NewUser user(long id, long money) {
        return new ImportDestination.NewUser(id, Email.of("imported-" + id + "@example.com"), "$2y$10$x", money, 1, 2, 30, 3,
                1, LATER, LATER, 0, 0, 0, "pw-" + id, Optional.empty(), "aes-128-gcm",
                String.format("00000000-0000-4000-8000-%012d", id), "code" + id, false, false, Instant.EPOCH);
    }

    @Test
    void anImportedUserKeepsItsIdIsMarkedAndCountsInTheTotals() {
        long inviter = IDS.incrementAndGet();
        long invitee = IDS.incrementAndGet();
        String source = "src" + invitee;
        transactions().inTransaction(() -> {
            destination().addUser(user(invitee, 50));
            destination().addUser(user(inviter, 1234));
            destination().markImported(source, "user", Long.toString(invitee), invitee);
            destination().markImported(source, "user", Long.toString(inviter), inviter);
            destination().keepSubscriptionToken(invitee, "a".repeat(64), source);
        });

        assertThat(destination().linkInviter(invitee, inviter)).isTrue();
        assertThat(destination().linkInviter(invitee, 999_999_999L)).isFalse();
        assertThat(dsl().fetchValue(USERS.INVITER_ID, USERS.ID.eq(invitee))).isEqualTo(inviter);
        assertThat(destination().imported(source, "user")).isEqualTo(Set.of(Long.toString(invitee), Long.toString(inviter)));
        assertThat(destination().imported(source, "node")).isEmpty();
        assertThat(destination().occupied().userIds()).contains(invitee, inviter);
        assertThat(destination().occupied().emails()).contains("imported-" + invitee + "@example.com");
        assertThat(destination().totals(source)).isEqualTo(new ImportDestination.Totals(2, 1284, 2, 4, 60));
    }

    @Test
    void idsGivenLaterStartPastTheImportedOnes() {
        long id = HIGH_IDS.addAndGet(1_000);
        destination().addUser(user(id, 0));
        destination().addNode(new ImportDestination.NewNode(id, "imported", "n.example.com", 0, "{}", "aes-128-gcm",
                Optional.of("a2V5"), BigDecimal.ONE, 0, 0, 0, 0, 0, true));
        long product = destination().addProduct("Imported", 100, "{}", true, Optional.empty());

        destination().moveIdsPastMaximum();

        assertThat(dsl().insertInto(USERS).set(USERS.EMAIL, "fresh-" + id + "@example.com")
                .set(USERS.PASSWORD_HASH, "x").set(USERS.CLASS_EXPIRE, java.time.OffsetDateTime.now())
                .set(USERS.EXPIRE_IN, java.time.OffsetDateTime.now()).set(USERS.PASSWD, "fresh-" + id)
                .set(USERS.UUID, "fresh-" + id).set(USERS.INVITE_CODE, "fresh" + id)
                .returning(USERS.ID).fetchOne(USERS.ID)).isGreaterThan(id);
        assertThat(destination().addProduct("After", 100, "{}", true, Optional.of(3))).isGreaterThan(product);
    }

    @Test
    void aBatchThatFailsHalfWayLeavesNothingAndTheNextRunBringsItAll() {
        long first = IDS.incrementAndGet();
        long second = IDS.incrementAndGet();
        String panel = "half" + first;
        SourcePanel source = new SourcePanel() {
            @Override
            public String name() {
                return panel;
            }

            @Override
            public Installation read() {
                return new Installation(List.of(sourceUser(first), sourceUser(second)), List.of(), List.of(), List.of(), List.of());
            }
        };
        ImportDestination failing = new FailingAfterFirstUser(destination(), second);

        assertThatThrownBy(() -> service(source, failing).run(new ImportInstallation.Command(true)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(dsl().fetchCount(USERS, USERS.ID.in(first, second))).as("the batch rolled back").isZero();
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.USER_ID.in(first, second))).isZero();

        ImportInstallation.Report report = service(source, destination()).run(new ImportInstallation.Command(true));
        assertThat(report.tables().getFirst().create()).isEqualTo(2);
        assertThat(report.spanelTotals()).hasValue(new ImportInstallation.Totals(2, 200, 0, 0, 0));
        assertThat(service(source, destination()).run(new ImportInstallation.Command(true)).tables().getFirst())
                .satisfies(users -> {
                    assertThat(users.create()).isZero();
                    assertThat(users.alreadyImported()).isEqualTo(2);
                });
        assertThat(dsl().fetchCount(BALANCE_LEDGER, BALANCE_LEDGER.USER_ID.in(first, second))).isEqualTo(2);
    }

    private ImportInstallationService service(SourcePanel source, ImportDestination into) {
        return new ImportInstallationService(source, into, new JooqBalances(dsl()), transactions(), new PortRange(40_000, 60_000),
                new SecureRandom(), KEPT_AS_IS);
    }

    /** The users are under test here: every node is kept as the source gave it. */
    private static final NodeConfigs KEPT_AS_IS = new NodeConfigs() {
        @Override
        public String merged(String stored, String change) {
            return change;
        }

        @Override
        public String servable(Node node) {
            return node.customConfig();
        }
    };

    private static SourcePanel.User sourceUser(long id) {
        return new SourcePanel.User(id, "half-" + id + "@example.com", Optional.of("$2y$10$x"), 100, "import", 0, 0, 0, 0, 0,
                LATER, LATER, 0, 0, 0, "pw-" + id, 0, "aes-128-gcm", String.format("00000000-0000-4000-9000-%012d", id),
                Optional.empty(), Optional.empty(), false, false, Instant.EPOCH, Optional.of("token-" + id), Optional.empty(),
                List.of());
    }

    /** Fails when the second user's old token is kept: after both users and the first's ledger row were written. */
    private record FailingAfterFirstUser(ImportDestination real, long failOn) implements ImportDestination {
        @Override
        public void keepSubscriptionToken(long userId, String tokenSha256, String source) {
            if (userId == failOn) {
                throw new IllegalStateException("injected failure");
            }
            real.keepSubscriptionToken(userId, tokenSha256, source);
        }

        @Override
        public Occupied occupied() {
            return real.occupied();
        }

        @Override
        public Set<String> imported(String source, String kind) {
            return real.imported(source, kind);
        }

        @Override
        public void addUser(NewUser user) {
            real.addUser(user);
        }

        @Override
        public boolean linkInviter(long userId, long inviterId) {
            return real.linkInviter(userId, inviterId);
        }

        @Override
        public void addNode(NewNode node) {
            real.addNode(node);
        }

        @Override
        public void keepNodeId(String nodeType, long legacyId, long nodeId) {
            real.keepNodeId(nodeType, legacyId, nodeId);
        }

        @Override
        public long addProduct(String name, long priceFen, String content, boolean enabled, Optional<Integer> stock) {
            return real.addProduct(name, priceFen, content, enabled, stock);
        }

        @Override
        public long keepPaidOrder(String source, NewPaidOrder order) {
            return real.keepPaidOrder(source, order);
        }

        @Override
        public void markImported(String source, String kind, String sourceId, long targetId) {
            real.markImported(source, kind, sourceId, targetId);
        }

        @Override
        public void moveIdsPastMaximum() {
            real.moveIdsPastMaximum();
        }

        @Override
        public Totals totals(String source) {
            return real.totals(source);
        }
    }
}
