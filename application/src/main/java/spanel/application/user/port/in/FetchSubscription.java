package spanel.application.user.port.in;

import java.util.List;
import java.util.Objects;
import spanel.domain.node.Node;
import spanel.domain.user.UserAccount;

/**
 * A proxy client fetches a subscription by its token. Unknown and rotated tokens are the same miss
 * (404); a banned holder is refused (403); an expired or used-up account gets no nodes but still
 * its usage. Fetches are limited per token and per client address (429).
 */
public interface FetchSubscription {

    Subscription fetch(Command command);

    /** The token as it came in the URL (not yet known to be one), and the client's address. */
    record Command(String token, String address) {
        public Command {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public String toString() {
            return "Command[token=***, address=" + address + "]";
        }
    }

    /** The holder's account (usage, expiry, credentials) and the nodes to hand out, in listing order. */
    record Subscription(UserAccount account, List<Node> nodes) {
    }
}
