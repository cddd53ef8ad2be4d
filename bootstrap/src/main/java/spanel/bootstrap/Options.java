package spanel.bootstrap;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of a CLI command; anything unknown or malformed is a usage error. */
final class Options {

    /** A command line that cannot be used; its message is the one line shown. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    private final Map<String, String> values = new HashMap<>();

    private Options() {
    }

    /** Reads {@code --name value} pairs; names in {@code flags} take no value. */
    static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (flags.contains(name)) {
                options.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (i + 1 >= args.size()) {
                    throw new UsageError(name + " needs a value");
                }
                options.values.put(name, args.get(++i));
            } else {
                throw new UsageError("unknown option '" + name + "'");
            }
        }
        return options;
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new UsageError(name + " is required"));
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    int integer(String name, int fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageError(name + " must be a whole number (got '" + text + "')");
        }
    }

    BigDecimal decimal(String name, String fallback) {
        String text = values.getOrDefault(name, fallback);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UsageError(name + " must be a number (got '" + text + "')");
        }
    }
}
