package spanel.adapter.http.subscription;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a profile needs to know of the client fetching it: its version where a format gates on it
 * (Stash), for formats that refresh themselves (Surge) the URL to refresh from and how often, and
 * the names of the info entries to put first (none unless the operator turned them on).
 */
record ProfileClient(Optional<ClientVersion> version, String managedUrl, long refreshSeconds, List<String> infoEntries) {

    static final ProfileClient UNKNOWN = new ProfileClient(Optional.empty(), "", 86_400, List.of());

    ProfileClient {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(managedUrl, "managedUrl");
        infoEntries = List.copyOf(infoEntries);
    }

    ProfileClient(Optional<ClientVersion> version, String managedUrl, long refreshSeconds) {
        this(version, managedUrl, refreshSeconds, List.of());
    }
}
