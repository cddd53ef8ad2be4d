package spanel.adapter.http.subscription;

import java.util.Objects;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.ListUserNodes;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.in.ResetSubscription;

/**
 * The use cases behind a user's nodes and subscription, and what every profile says about the
 * panel: its title (profile name in clients), how often clients should refresh (hours), and the
 * panel's public URL.
 */
public record SubscriptionUseCases(ListUserNodes listUserNodes, FetchSubscription fetch, ResetSubscription reset,
        ResetCredentials resetCredentials, String title, int updateIntervalHours, String publicUrl) {

    public SubscriptionUseCases {
        Objects.requireNonNull(listUserNodes, "listUserNodes");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(reset, "reset");
        Objects.requireNonNull(resetCredentials, "resetCredentials");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (updateIntervalHours < 1) {
            throw new IllegalArgumentException("the update interval is at least one hour");
        }
    }
}
