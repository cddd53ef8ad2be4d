package spanel.adapter.http.subscription;

/**
 * The profile formats a subscription can be served in. {@link #CLASH_META} is mihomo (Clash.Meta)
 * YAML with every protocol; {@link #CLASH} is the same YAML for plain Clash, which rejects a whole
 * file over one type it does not know, so VLESS and Shadowsocks-2022 nodes are left out of it.
 * Surge, Quantumult X and Loon have line formats of their own.
 */
public enum SubscriptionFormat {
    BASE64("text/plain; charset=utf-8", "txt"),
    CLASH_META("text/yaml; charset=utf-8", "yaml"),
    CLASH("text/yaml; charset=utf-8", "yaml"),
    SINGBOX("application/json; charset=utf-8", "json"),
    SIP008("application/json; charset=utf-8", "json"),
    /** A whole Surge profile that Surge keeps refreshing (#!MANAGED-CONFIG). */
    SURGE("application/octet-stream", "conf"),
    QUANTUMULT_X("text/plain; charset=utf-8", "txt"),
    LOON("text/plain; charset=utf-8", "txt"),
    /** Clash YAML without what the client's Stash version rejects. */
    STASH("text/yaml; charset=utf-8", "yaml");

    private final String contentType;
    private final String fileExtension;

    SubscriptionFormat(String contentType, String fileExtension) {
        this.contentType = contentType;
        this.fileExtension = fileExtension;
    }

    public String contentType() {
        return contentType;
    }

    public String fileExtension() {
        return fileExtension;
    }
}
