package spanel.adapter.http.portal;

import java.util.Objects;

/** Which optional routes exist, and the profile name clients are given, as the portal must show them. */
public record PortalFeatures(String profileName, boolean passwordReset, boolean checkin, boolean debugConfirm) {

    public PortalFeatures {
        Objects.requireNonNull(profileName, "profileName");
    }
}
