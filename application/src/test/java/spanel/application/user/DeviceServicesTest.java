package spanel.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import spanel.application.common.DirectTransactionRunner;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.FetchSubscription.DeviceLimit;
import spanel.application.user.port.in.RemoveDevices;
import spanel.application.user.port.out.UserDevices;
import spanel.domain.audit.AuditEntry;
import spanel.domain.error.NotFound;
import spanel.domain.money.Money;
import spanel.domain.node.Node;
import spanel.domain.node.Nodes;
import spanel.domain.plan.ResetDay;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Device;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.Email;
import spanel.domain.user.Hwid;
import spanel.domain.user.ProxyCredentials;
import spanel.domain.user.RateLimit;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class DeviceServicesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final DeviceInfo PHONE = new DeviceInfo("Android", "14", "Pixel 8", "v2RayTun/5");

    private final AccountFakes.Accounts accounts = new AccountFakes.Accounts();
    private final SubscriptionServicesTest.Tokens tokens = new SubscriptionServicesTest.Tokens();
    private final SubscriptionLinks links = new SubscriptionLinks(new AccountFakes.Secrets(), tokens,
            "https://panel.example.com/", new SecureRandom());
    private final Devices devices = new Devices();
    private final DirectTransactionRunner transactions = new DirectTransactionRunner();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<Node> usable = List.of(Nodes.aNode(1).build());
    private final FetchSubscriptionService fetch = new FetchSubscriptionService(links, accounts, (user, now) -> usable,
            new AttemptGuard(new AccountFakes.Limiter(), RateLimit.perMinute(100)),
            new AttemptGuard(new AccountFakes.Limiter(), RateLimit.perMinute(100)), devices, transactions,
            user -> Optional.of(new ResetDay(5)), ZoneId.of("Asia/Shanghai"), Clock.fixed(NOW, ZoneOffset.UTC));
    private final RemoveDevicesService remove = new RemoveDevicesService(devices, audit::add, transactions);

    private String tokenOf(int deviceLimit) {
        UserId id = new UserId(accounts.stored.size() + 1L);
        accounts.stored.add(new UserAccount(id, Email.of("u" + id + "@example.com"), Money.ZERO, 0,
                NOW.plusSeconds(30 * 86_400), NOW.plusSeconds(86_400), Traffic.ofGigabytes(1), Traffic.ZERO, Traffic.ZERO, 0,
                new ProxyCredentials("passwd-" + id, 10_000, "uuid-" + id, "aes-128-gcm"), "invite" + id,
                Optional.empty(), false, false, NOW, 0, deviceLimit));
        tokens.generations.put(id, 0L);
        String url = links.urlOf(id);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private FetchSubscription.Subscription fetch(String token, String hwid) {
        return fetch.fetch(new FetchSubscription.Command(token, "10.0.0.1", Hwid.parse(hwid), PHONE));
    }

    @Test
    void devicesUpToTheLimitGetTheNodesAndTheNextNewOneGetsNone() {
        String token = tokenOf(2);

        assertThat(fetch(token, "phone-000001")).satisfies(s -> {
            assertThat(s.deviceLimit()).isEqualTo(DeviceLimit.ACTIVE);
            assertThat(s.nodes()).isEqualTo(usable);
        });
        assertThat(fetch(token, "laptop-00001").deviceLimit()).isEqualTo(DeviceLimit.ACTIVE);

        var refused = fetch(token, "tablet-00001");
        assertThat(refused.deviceLimit()).isEqualTo(DeviceLimit.REACHED);
        assertThat(refused.nodes()).isEmpty();
        assertThat(fetch(token, "phone-000001").nodes()).as("a registered device keeps fetching").isEqualTo(usable);
        assertThat(devices.rows).hasSize(2);
    }

    @Test
    void aClientWithoutADeviceIdKeepsTheAddressLimitAndRegistersNothing() {
        String token = tokenOf(1);
        fetch(token, "phone-000001");

        assertThat(fetch(token, null).deviceLimit()).isEqualTo(DeviceLimit.NONE);
        assertThat(fetch(token, "bad id!").nodes()).as("a malformed id is as if none came").isEqualTo(usable);
        assertThat(devices.rows).hasSize(1);
    }

    @Test
    void withoutALimitDevicesAreStillRegisteredForTheUserToSee() {
        String token = tokenOf(0);
        for (int i = 0; i < 4; i++) {
            assertThat(fetch(token, "device-00000" + i).deviceLimit()).isEqualTo(DeviceLimit.NONE);
        }

        assertThat(devices.rows).hasSize(4);
        assertThat(devices.rows).allSatisfy(row -> assertThat(row.hash()).isNotEqualTo(null));
    }

    @Test
    void removingADeviceFreesItsPlace() {
        String token = tokenOf(1);
        fetch(token, "phone-000001");
        UserId owner = new UserId(1);
        assertThat(fetch(token, "laptop-00001").deviceLimit()).isEqualTo(DeviceLimit.REACHED);

        remove.remove(new RemoveDevices.Command(Optional.empty(), owner, OptionalLong.of(devices.rows.getFirst().id())));

        assertThat(fetch(token, "laptop-00001").deviceLimit()).isEqualTo(DeviceLimit.ACTIVE);
        assertThat(audit).as("a user's own removal is not audited").isEmpty();
    }

    @Test
    void anotherUsersDeviceIsNotFound() {
        tokenOf(0);
        fetch(tokenOf(0), "phone-000001");
        long device = devices.rows.getFirst().id();

        assertThatThrownBy(() -> remove.remove(new RemoveDevices.Command(Optional.empty(), new UserId(1),
                OptionalLong.of(device)))).isInstanceOf(NotFound.class);
        assertThat(devices.rows).hasSize(1);
    }

    @Test
    void anAdminClearsEveryDeviceAndIsAudited() {
        String token = tokenOf(0);
        fetch(token, "phone-000001");
        fetch(token, "laptop-00001");
        UserId admin = new UserId(99);

        var removed = remove.remove(new RemoveDevices.Command(Optional.of(admin), new UserId(1), OptionalLong.empty()));

        assertThat(removed.removed()).isEqualTo(2);
        assertThat(devices.rows).isEmpty();
        assertThat(audit).containsExactly(new AuditEntry(admin, "user.devices.remove", "user:1", "all 2"));

        var again = remove.remove(new RemoveDevices.Command(Optional.of(admin), new UserId(1), OptionalLong.empty()));

        assertThat(again.removed()).isZero();
        assertThat(audit).as("clearing nothing is not audited").hasSize(1);
    }

    @Test
    void aFailedAuditTakesTheRemovalBack() {
        String token = tokenOf(0);
        fetch(token, "phone-000001");
        RemoveDevicesService failing = new RemoveDevicesService(devices, entry -> {
            throw new IllegalStateException("audit down");
        }, transactions);

        assertThatThrownBy(() -> failing.remove(new RemoveDevices.Command(Optional.of(new UserId(99)), new UserId(1),
                OptionalLong.empty()))).isInstanceOf(IllegalStateException.class);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void aFetchCarriesTheExpiryAndTheNextResetInTheZone() {
        var subscription = fetch(tokenOf(0), null);

        // Expiry 2026-06-02T00:00Z is 08:00 on 2 June in Shanghai; the reset day 5 comes next on 5 June.
        assertThat(subscription.expiresOn()).isEqualTo(java.time.LocalDate.parse("2026-06-02"));
        assertThat(subscription.nextReset()).contains(java.time.LocalDate.parse("2026-06-05"));
    }

    /** Devices as rows; the limit is checked as the SQL adapter checks it. */
    static final class Devices implements UserDevices {

        record Row(long id, UserId user, TokenHash hash, DeviceInfo info, Instant first, Instant last) {
        }

        final List<Row> rows = new ArrayList<>();
        private long next = 1;

        @Override
        public Registration register(UserId user, TokenHash device, DeviceInfo info, int limit, Instant now) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                if (row.user().equals(user) && row.hash().equals(device)) {
                    rows.set(i, new Row(row.id(), user, device, info, row.first(), now));
                    return Registration.KNOWN;
                }
            }
            if (limit > 0 && rows.stream().filter(row -> row.user().equals(user)).count() >= limit) {
                return Registration.FULL;
            }
            rows.add(new Row(next++, user, device, info, now, now));
            return Registration.ADDED;
        }

        @Override
        public List<Device> of(UserId user) {
            return rows.stream().filter(row -> row.user().equals(user))
                    .map(row -> new Device(row.id(), row.info(), row.first(), row.last())).toList();
        }

        @Override
        public boolean remove(UserId user, long device) {
            return rows.removeIf(row -> row.user().equals(user) && row.id() == device);
        }

        @Override
        public int removeAll(UserId user) {
            int before = rows.size();
            rows.removeIf(row -> row.user().equals(user));
            return before - rows.size();
        }
    }
}
