package spanel.adapter.http.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.FakeUseCases;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.RemoveDevices;
import spanel.domain.error.NotFound;
import spanel.domain.user.Device;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.Hwid;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class DeviceRoutesTest extends RouteTest {

    private static final String TOKEN = "T".repeat(43);
    private static final Device PHONE = new Device(4, new DeviceInfo("iOS", "17.5", "iPhone15,2", "Happ/1.2"),
            Instant.parse("2026-03-01T12:00:00Z"), Instant.parse("2026-03-02T08:30:00Z"));

    @Test
    void aFetchPassesTheDeviceHeadersOnAndAMalformedIdAsNone() {
        AtomicReference<FetchSubscription.Command> seen = new AtomicReference<>();
        UserAccount account = anAccount(7, "owner@example.com");
        useCases.fetchSubscription = command -> {
            seen.set(command);
            return new FetchSubscription.Subscription(account, List.of(), FetchSubscription.DeviceLimit.ACTIVE);
        };

        TestHttp.Reply reply = http().get("/sub/" + TOKEN, "x-hwid", "a1b2c3d4e5f6-0001", "x-device-os", "Android",
                "x-ver-os", "14", "x-device-model", "Pixel 8", "User-Agent", "v2RayTun/5.1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("x-hwid-active")).isEqualTo("true");
        assertThat(reply.header("x-hwid-max-devices-reached")).isNull();
        assertThat(seen.get().device()).contains(new Hwid("a1b2c3d4e5f6-0001"));
        assertThat(seen.get().deviceInfo()).isEqualTo(new DeviceInfo("Android", "14", "Pixel 8", "v2RayTun/5.1"));
        assertThat(seen.get().toString()).doesNotContain("a1b2c3d4e5f6");

        http().get("/sub/" + TOKEN, "x-hwid", "short");
        assertThat(seen.get().device()).isEmpty();
    }

    @Test
    void aDeviceOverTheLimitIsToldSoWithTheUsageHeaderKept() {
        useCases.fetchSubscription = command -> new FetchSubscription.Subscription(anAccount(7, "owner@example.com"),
                List.of(), FetchSubscription.DeviceLimit.REACHED);

        TestHttp.Reply reply = http().get("/sub/" + TOKEN, "x-hwid", "a1b2c3d4e5f6-0002");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.header("subscription-userinfo")).startsWith("upload=0; download=5;");
        assertThat(reply.header("x-hwid-active")).isEqualTo("true");
        assertThat(reply.header("x-hwid-max-devices-reached")).isEqualTo("true");
        assertThat(reply.header("x-hwid-limit")).isEqualTo("true");
        assertThat(reply.header("announce")).startsWith("base64:");
        assertThat(new String(Base64.getDecoder().decode(reply.header("announce").substring("base64:".length())),
                StandardCharsets.UTF_8)).isEqualTo(FakeUseCases.DEVICE_LIMIT_MESSAGE);
    }

    @Test
    void aUserListsAndRemovesTheirOwnDevices() {
        useCases.devicesOf = user -> {
            assertThat(user).isEqualTo(new UserId(7));
            return List.of(PHONE);
        };
        AtomicReference<RemoveDevices.Command> seen = new AtomicReference<>();
        useCases.removeDevices = command -> {
            seen.set(command);
            return new RemoveDevices.DevicesRemoved(command.owner(), 1);
        };

        var listed = http().get("/app/api/v0/user/devices", bearer(USER_TOKEN));
        assertThat(listed.status()).isEqualTo(200);
        var device = listed.json().get("data").get("devices").get(0);
        assertThat(device.get("id").asLong()).isEqualTo(4);
        assertThat(device.get("os").asText()).isEqualTo("iOS");
        assertThat(device.get("os_version").asText()).isEqualTo("17.5");
        assertThat(device.get("model").asText()).isEqualTo("iPhone15,2");
        assertThat(device.get("app").asText()).isEqualTo("Happ/1.2");
        assertThat(device.get("first_seen_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(device.get("last_seen_at").asText()).isEqualTo("2026-03-02T08:30:00Z");
        assertThat(listed.json().get("data").get("count").asInt()).isEqualTo(1);

        var removed = http().delete("/app/api/v0/user/devices/4", bearer(USER_TOKEN));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("data").get("removed").asInt()).isEqualTo(1);
        assertThat(seen.get()).isEqualTo(new RemoveDevices.Command(Optional.empty(), new UserId(7), OptionalLong.of(4)));

        assertInvalidField(http().delete("/app/api/v0/user/devices/x", bearer(USER_TOKEN)), "id");
        assertRefused(http().get("/app/api/v0/user/devices"), 401, "unauthorized");
        useCases.removeDevices = command -> {
            throw new NotFound("no device 5");
        };
        assertRefused(http().delete("/app/api/v0/user/devices/5", bearer(USER_TOKEN)), 404, "not_found");
    }

    @Test
    void anAdminSeesAndClearsAUsersDevices() {
        useCases.devicesOf = user -> user.equals(new UserId(9)) ? List.of(PHONE) : List.of();
        AtomicReference<RemoveDevices.Command> seen = new AtomicReference<>();
        useCases.removeDevices = command -> {
            seen.set(command);
            return new RemoveDevices.DevicesRemoved(command.owner(), 3);
        };

        var listed = http().get("/app/api/v0/admin/users/9/devices", bearer(ADMIN_TOKEN));
        assertThat(listed.json().get("data").get("count").asInt()).isEqualTo(1);

        var cleared = http().delete("/app/api/v0/admin/users/9/devices", bearer(ADMIN_TOKEN));
        assertThat(cleared.json().get("data").get("removed").asInt()).isEqualTo(3);
        assertThat(seen.get()).isEqualTo(new RemoveDevices.Command(Optional.of(new UserId(1)), new UserId(9),
                OptionalLong.empty()));

        http().delete("/app/api/v0/admin/users/9/devices/4", bearer(ADMIN_TOKEN));
        assertThat(seen.get()).isEqualTo(new RemoveDevices.Command(Optional.of(new UserId(1)), new UserId(9),
                OptionalLong.of(4)));

        assertRefused(http().get("/app/api/v0/admin/users/9/devices", bearer(USER_TOKEN)), 403, "forbidden");
        assertRefused(http().delete("/app/api/v0/admin/users/9/devices", bearer(USER_TOKEN)), 403, "forbidden");
        assertInvalidField(http().delete("/app/api/v0/admin/users/9/devices/x", bearer(ADMIN_TOKEN)), "device");
    }
}
