package spanel.adapter.http.subscription;

import java.util.Objects;
import spanel.application.user.port.in.DeviceQueries;
import spanel.application.user.port.in.FetchSubscription;
import spanel.application.user.port.in.ListUserNodes;
import spanel.application.user.port.in.RemoveDevices;
import spanel.application.user.port.in.ResetCredentials;
import spanel.application.user.port.in.ResetSubscription;
import spanel.application.user.port.in.ShowTrafficHistory;

/**
 * The use cases behind a user's nodes, subscription, devices and traffic history, and what every profile says about the
 * panel: its title (profile name in clients), how often clients should refresh (hours), the
 * panel's public URL, what a client over the device limit shows (empty for nothing), whether
 * profiles start with info entries (traffic left, expiry, next reset), and the templates the
 * Clash and sing-box profiles are built from.
 */
public record SubscriptionUseCases(ListUserNodes listUserNodes, FetchSubscription fetch, ResetSubscription reset,
        ResetCredentials resetCredentials, DeviceQueries devices, RemoveDevices removeDevices,
        ShowTrafficHistory trafficHistory, String title,
        int updateIntervalHours, String publicUrl, String deviceLimitMessage, boolean infoEntries,
        ProfileTemplates templates) {

    public SubscriptionUseCases {
        Objects.requireNonNull(listUserNodes, "listUserNodes");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(reset, "reset");
        Objects.requireNonNull(resetCredentials, "resetCredentials");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(removeDevices, "removeDevices");
        Objects.requireNonNull(trafficHistory, "trafficHistory");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(deviceLimitMessage, "deviceLimitMessage");
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(templates, "templates");
        if (updateIntervalHours < 1) {
            throw new IllegalArgumentException("the update interval is at least one hour");
        }
    }
}
