package spanel.adapter.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.Email;

/**
 * PUT /admin/users/{id} bodies: any of the fields below, named as GET shows them. Times are Unix
 * seconds (as GET answers) or ISO-8601 with an offset; traffic is in bytes. A field this does not
 * know is refused, so a typo never passes for a change that was made.
 */
final class UserRequests {

    static final Set<String> FIELDS = Set.of("class", "class_expire", "expire_in", "transfer_enable", "reset_traffic",
            "node_group", "node_speedlimit", "node_iplimit", "email");

    private UserRequests() {
    }

    static AccountChanges changes(ObjectNode json) {
        json.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                throw InvalidRequest.field(field, "unknown; known are " + FIELDS);
            }
            if (json.get(field).isNull()) {
                throw InvalidRequest.field(field, "must not be null; leave it out to keep it");
            }
        });
        Optional<Traffic> quota = Fields.whole(json, "transfer_enable", "transfer_enable")
                .map(bytes -> Fields.checked("transfer_enable", () -> Traffic.ofBytes(bytes)));
        Optional<Email> email = Fields.text(json, "email", "email").map(text -> Fields.checked("email", () -> Email.of(text)));
        return Fields.rule(() -> new AccountChanges(
                Fields.integer(json, "class", "class"),
                time(json, "class_expire"),
                time(json, "expire_in"),
                quota,
                Fields.bool(json, "reset_traffic", "reset_traffic").orElse(false),
                Fields.integer(json, "node_group", "node_group"),
                Fields.integer(json, "node_speedlimit", "node_speedlimit"),
                Fields.integer(json, "node_iplimit", "node_iplimit"),
                email));
    }

    private static Optional<Instant> time(ObjectNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            long seconds = node.asLong();
            if (seconds < 0 || seconds > AccountChanges.LATEST.getEpochSecond()) {
                throw InvalidRequest.field(name, "must lie between 1970 and the end of 9999");
            }
            return Optional.of(Instant.ofEpochSecond(seconds));
        }
        if (node.isTextual()) {
            try {
                return Optional.of(OffsetDateTime.parse(node.asText()).toInstant());
            } catch (DateTimeParseException e) {
                throw InvalidRequest.field(name, "Unix seconds or an ISO-8601 time with an offset, e.g. 2027-01-31T00:00:00Z");
            }
        }
        throw InvalidRequest.field(name, "Unix seconds or an ISO-8601 time with an offset, e.g. 2027-01-31T00:00:00Z");
    }
}
