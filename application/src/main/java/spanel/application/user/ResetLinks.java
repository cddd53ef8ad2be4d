package spanel.application.user;

import java.util.Objects;
import spanel.domain.user.ResetToken;

/** Where a reset link points: the page spanel serves under the operator's PUBLIC_URL. */
public record ResetLinks(String publicUrl) {

    public static final String PAGE = "/reset-password";

    public ResetLinks {
        Objects.requireNonNull(publicUrl, "publicUrl");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The token is URL-safe Base64, so it goes into the query as it is. */
    public String linkFor(ResetToken token) {
        return publicUrl + PAGE + "?token=" + token.value();
    }
}
