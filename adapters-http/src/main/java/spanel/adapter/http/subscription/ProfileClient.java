package spanel.adapter.http.subscription;

import java.util.Objects;
import java.util.Optional;

/**
 * What a profile needs to know of the client fetching it: its version where a format gates on it
 * (Stash), and for formats that refresh themselves (Surge) the URL to refresh from and how often.
 */
record ProfileClient(Optional<ClientVersion> version, String managedUrl, long refreshSeconds) {

    static final ProfileClient UNKNOWN = new ProfileClient(Optional.empty(), "", 86_400);

    ProfileClient {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(managedUrl, "managedUrl");
    }
}
