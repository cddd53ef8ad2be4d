package spanel.domain.content;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What an admin writes: title, Markdown body, whether it is pinned, for whom, and until when it shows. */
public record AnnouncementDraft(String title, String body, boolean pinned, Audience audience, Optional<Instant> endsAt) {

    public AnnouncementDraft {
        ContentText.title(title);
        ContentText.body(body);
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
