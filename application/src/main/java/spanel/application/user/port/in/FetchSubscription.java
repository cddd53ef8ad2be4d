package spanel.application.user.port.in;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import spanel.domain.node.Node;
import spanel.domain.user.DeviceInfo;
import spanel.domain.user.Hwid;
import spanel.domain.user.UserAccount;

/**
 * A proxy client fetches a subscription by its token. Unknown and rotated tokens are the same miss
 * (404); a banned holder is refused (403); an expired or used-up account gets no nodes but still
 * its usage. Fetches are limited per token and per client address (429). A client that names its
 * device registers it; a new device over the account's device limit gets no nodes, and is told why.
 */
public interface FetchSubscription {

    Subscription fetch(Command command);

    /** The token as it came in the URL (not yet known to be one), the client's address, and its device if it named one. */
    record Command(String token, String address, Optional<Hwid> device, DeviceInfo deviceInfo) {
        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(deviceInfo, "deviceInfo");
        }

        /** A fetch from a client that names no device. */
        public Command(String token, String address) {
            this(token, address, Optional.empty(), new DeviceInfo("", "", "", ""));
        }

        @Override
        public String toString() {
            return "Command[token=***, address=" + address + ", device=" + device.isPresent() + "]";
        }
    }

    /** Where the fetch stands with the account's device limit. */
    enum DeviceLimit {
        /** No limit applies to this fetch: the account has none, or the client named no device. */
        NONE,
        /** The device is registered under the account's limit. */
        ACTIVE,
        /** A new device and the account's devices are at the limit: no nodes are handed out. */
        REACHED
    }

    /**
     * The holder's account (usage, expiry, credentials), the nodes to hand out in listing order, and
     * the dates a profile may show: the account's expiry and its next traffic reset, in TIMEZONE.
     */
    record Subscription(UserAccount account, List<Node> nodes, DeviceLimit deviceLimit, LocalDate expiresOn,
            Optional<LocalDate> nextReset) {
        public Subscription {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(deviceLimit, "deviceLimit");
            Objects.requireNonNull(expiresOn, "expiresOn");
            Objects.requireNonNull(nextReset, "nextReset");
            nodes = List.copyOf(nodes);
        }

        public Subscription(UserAccount account, List<Node> nodes, DeviceLimit deviceLimit) {
            this(account, nodes, deviceLimit, LocalDate.ofInstant(account.expireIn(), ZoneOffset.UTC), Optional.empty());
        }

        public Subscription(UserAccount account, List<Node> nodes) {
            this(account, nodes, DeviceLimit.NONE);
        }
    }
}
