package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USER_DEVICES;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.adapter.persistence.testing.Race;
import spanel.adapter.persistence.testing.Seed;
import spanel.application.user.port.out.UserDevices;
import spanel.application.user.port.out.UserDevices.Registration;
import spanel.domain.user.Device;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.Hwid;
import spanel.domain.user.UserId;

class JooqUserDevicesTest extends PersistenceContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final DeviceInfo PHONE = new DeviceInfo("iOS", "17.5", "iPhone15,2", "Happ/1.0");

    private UserDevices devices() {
        return new JooqUserDevices(dsl());
    }

    private Registration register(UserId user, String hwid, int limit, Instant at) {
        return transactions().inTransaction(() -> devices().register(user, new Hwid(hwid).hash(), PHONE, limit, at));
    }

    @Test
    void aDeviceIsRegisteredOnceAndRefreshedOnLaterFetches() {
        UserId user = UserId.of(Seed.activeUser(dsl()));

        assertThat(register(user, "device-aaaa-0001", 2, NOW)).isEqualTo(Registration.ADDED);
        assertThat(register(user, "device-aaaa-0001", 2, NOW.plusSeconds(60))).isEqualTo(Registration.KNOWN);

        assertThat(devices().of(user)).singleElement().satisfies(device -> {
            assertThat(device.info()).isEqualTo(PHONE);
            assertThat(device.firstSeenAt()).isEqualTo(NOW);
            assertThat(device.lastSeenAt()).isEqualTo(NOW.plusSeconds(60));
        });
    }

    @Test
    void onlyTheHashOfTheDeviceIdIsStored() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        register(user, "secret-device-id-42", 0, NOW);

        var row = dsl().selectFrom(USER_DEVICES).where(USER_DEVICES.USER_ID.eq(user.value())).fetchSingle();
        assertThat(row.getHwidHash()).isEqualTo(new Hwid("secret-device-id-42").hash().hex());
        assertThat(row.intoList()).noneMatch(value -> String.valueOf(value).contains("secret-device-id-42"));
    }

    @Test
    void aNewDeviceOverTheLimitIsRefusedAndRemovingOneFreesItsPlace() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        register(user, "device-bbbb-0001", 2, NOW);
        register(user, "device-bbbb-0002", 2, NOW);

        assertThat(register(user, "device-bbbb-0003", 2, NOW)).isEqualTo(Registration.FULL);
        assertThat(register(user, "device-bbbb-0001", 2, NOW)).as("a known device still fetches")
                .isEqualTo(Registration.KNOWN);

        long first = devices().of(user).getFirst().id();
        assertThat(devices().remove(user, first)).isTrue();
        assertThat(register(user, "device-bbbb-0003", 2, NOW)).isEqualTo(Registration.ADDED);
        assertThat(devices().of(user)).hasSize(2);
    }

    @Test
    void withoutALimitEveryDeviceIsRegistered() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        IntStream.range(0, 5).forEach(i -> register(user, "device-cccc-000" + i, 0, NOW));

        assertThat(devices().of(user)).hasSize(5);
    }

    @Test
    void aUserRemovesOnlyTheirOwnDevicesAndAnAdminClearsAll() {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        UserId other = UserId.of(Seed.activeUser(dsl()));
        register(user, "device-dddd-0001", 0, NOW);
        register(user, "device-dddd-0002", 0, NOW);
        long othersDevice = transactions().inTransaction(() -> {
            devices().register(other, new Hwid("device-dddd-0003").hash(), PHONE, 0, NOW);
            return devices().of(other).getFirst().id();
        });

        assertThat(devices().remove(user, othersDevice)).isFalse();
        assertThat(devices().removeAll(user)).isEqualTo(2);
        assertThat(devices().of(user)).isEmpty();
        assertThat(devices().of(other)).extracting(Device::id).containsExactly(othersDevice);
    }

    @Test
    void racingFirstFetchesFromManyDevicesNeverPassTheLimit() throws Exception {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        int limit = 3;
        List<Callable<Registration>> fetches = IntStream.range(0, 10)
                .mapToObj(i -> (Callable<Registration>) () -> register(user, "device-race-00" + i, limit, NOW))
                .toList();

        List<Registration> outcomes = Race.of(fetches);

        assertThat(outcomes).filteredOn(Registration.ADDED::equals).hasSize(limit);
        assertThat(outcomes).filteredOn(Registration.FULL::equals).hasSize(10 - limit);
        assertThat(devices().of(user)).hasSize(limit);
    }

    @Test
    void racingFetchesOfOneNewDeviceRegisterItOnce() throws Exception {
        UserId user = UserId.of(Seed.activeUser(dsl()));
        List<Callable<Registration>> fetches = IntStream.range(0, 6)
                .mapToObj(i -> (Callable<Registration>) () -> register(user, "device-same-0001", 1, NOW))
                .toList();

        List<Registration> outcomes = Race.of(fetches);

        assertThat(outcomes).filteredOn(Registration.ADDED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Registration.KNOWN::equals).hasSize(5);
        assertThat(devices().of(user)).hasSize(1);
    }
}
