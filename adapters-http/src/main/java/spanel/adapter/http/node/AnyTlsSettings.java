package spanel.adapter.http.node;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import spanel.adapter.http.support.InvalidRequest;

/**
 * An AnyTLS node (sort 21) as its custom_config describes it: the shared {@link TlsServer} settings
 * and, optionally, {@code padding_scheme}, the padding lines the node uses (absent: the
 * implementation's default). Users connect with their uuid as the password. Plain TLS only: mihomo
 * does not run AnyTLS over REALITY, so spanel offers no such node.
 */
public record AnyTlsSettings(TlsServer tls, List<String> paddingScheme) {

    public AnyTlsSettings {
        paddingScheme = List.copyOf(paddingScheme);
    }

    /** The settings of a sort-21 node, or a refusal naming the custom_config key that no client could use. */
    public static AnyTlsSettings of(ObjectNode config, String server) {
        TlsServer tls = TlsServer.of(config, server);
        TlsServer.passwdCredential(config, false);
        if (Reality.wanted(config)) {
            throw InvalidRequest.field("custom_config.security",
                    "AnyTLS runs over plain TLS here; mihomo has no AnyTLS over REALITY");
        }
        return new AnyTlsSettings(tls, TlsServer.strings(config, "padding_scheme", List.of()));
    }
}
