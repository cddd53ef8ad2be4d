package spanel.adapter.payment.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The string EPay and Alipay sign: every parameter but sign and
 * sign_type, empty values dropped, sorted by name in byte order, joined as name=value with '&',
 * values as decoded, never URL-encoded.
 */
public final class CanonicalString {

    /** EPay drops exactly the empty values. */
    public static final Predicate<String> EMPTY = String::isEmpty;
    /** Alipay's SDK drops values that are blank after trimming. */
    public static final Predicate<String> BLANK = String::isBlank;

    private CanonicalString() {
    }

    public static String of(Map<String, String> params, Predicate<String> dropped) {
        // TreeMap orders by String.compareTo: byte order for the ASCII names gateways use.
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((name, value) -> {
            if (!name.equals("sign") && !name.equals("sign_type") && value != null && !dropped.test(value)) {
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
