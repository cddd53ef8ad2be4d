package spanel.application.user;

import java.util.Objects;
import spanel.domain.user.ResetToken;

/** Where a reset link points: {@code page}, the path the HTTP adapter serves it on, under the operator's PUBLIC_URL. */
public record ResetLinks(String publicUrl, String page) {

    public ResetLinks {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(page, "page");
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The token is URL-safe Base64, so it goes into the query as it is. */
    public String linkFor(ResetToken token) {
        return publicUrl + page + "?token=" + token.value();
    }
}
