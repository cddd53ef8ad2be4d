package spanel.application.user.port.in;

import java.time.Duration;

/** How long a link, if one was sent, stays usable: the same answer for every address. */
public record ResetRequested(Duration linkLifetime) {
}
