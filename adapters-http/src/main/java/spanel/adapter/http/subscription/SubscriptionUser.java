package spanel.adapter.http.subscription;

import java.util.Objects;

/**
 * The proxy credentials a profile hands out: the uuid (VMess, VLESS, Trojan), the proxy password
 * (Shadowsocks, and the source of the Shadowsocks-2022 user key) and the user's own cipher, used
 * only for a Shadowsocks node that names none.
 */
public record SubscriptionUser(String uuid, String passwd, String method) {

    public SubscriptionUser {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(passwd, "passwd");
        Objects.requireNonNull(method, "method");
    }
}
