package spanel.adapter.payment.support;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The string EPay and Alipay sign: every parameter but the excluded ones (sign and sign_type for
 * EPay and for Alipay's notifies; only sign for requests to Alipay), empty values dropped, sorted by
 * name in byte order, joined as name=value with '&', values as decoded, never URL-encoded.
 */
public final class CanonicalString {

    /** EPay drops exactly the empty values. */
    public static final Predicate<String> EMPTY = String::isEmpty;
    /** Alipay's SDK drops values that are blank after trimming. */
    public static final Predicate<String> BLANK = String::isBlank;

    /** What a notify's signature leaves out (EPay, Alipay's rsaCheckV1). */
    public static final Set<String> SIGN_AND_TYPE = Set.of("sign", "sign_type");
    /** What the signature of a request to Alipay leaves out: sign_type is signed too. */
    public static final Set<String> SIGN_ONLY = Set.of("sign");

    private CanonicalString() {
    }

    /** The notify form: sign and sign_type left out. */
    public static String of(Map<String, String> params, Predicate<String> dropped) {
        return of(params, dropped, SIGN_AND_TYPE);
    }

    public static String of(Map<String, String> params, Predicate<String> dropped, Set<String> excluded) {
        // TreeMap orders by String.compareTo: byte order for the ASCII names gateways use.
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((name, value) -> {
            if (!excluded.contains(name) && value != null && !dropped.test(value)) {
                sorted.put(name, value);
            }
        });
        StringBuilder joined = new StringBuilder();
        sorted.forEach((name, value) -> {
            if (!joined.isEmpty()) {
                joined.append('&');
            }
            joined.append(name).append('=').append(value);
        });
        return joined.toString();
    }
}
