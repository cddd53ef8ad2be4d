package spanel.adapter.http.subscription;

/** The profile formats a subscription can be served in. */
public enum SubscriptionFormat {
    BASE64, CLASH_META, CLASH, SINGBOX, SIP008
}
