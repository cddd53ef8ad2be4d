package spanel.adapter.http.subscription;

/** The proxy credentials a profile hands out. */
public record SubscriptionUser(String uuid, String passwd, String method) {
}
