package spanel.domain.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification as it arrived: the decoded query and form parameters, the raw body (Stripe signs
 * its exact bytes) and the headers, with names in lower case.
 */
public record NotifyRequest(Map<String, String> params, String rawBody, Map<String, String> headers) {

    public NotifyRequest {
        params = Map.copyOf(Objects.requireNonNull(params, "params"));
        Objects.requireNonNull(rawBody, "rawBody");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
