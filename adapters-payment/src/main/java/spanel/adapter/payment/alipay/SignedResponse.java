package spanel.adapter.payment.alipay;

import java.util.Optional;

/**
 * Alipay signs the raw JSON text of the "…_response" member of its answer, exactly as sent; this
 * cuts that text out without re-serialising it.
 */
final class SignedResponse {

    private SignedResponse() {
    }

    static Optional<String> member(String body, String name) {
        int key = body.indexOf("\"" + name + "\"");
        if (key < 0) {
            return Optional.empty();
        }
        int start = body.indexOf('{', key + name.length() + 2);
        if (start < 0) {
            return Optional.empty();
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return Optional.of(body.substring(start, i + 1));
            }
        }
        return Optional.empty();
    }
}
