package spanel.adapter.persistence.support;

import java.util.OptionalInt;

/** users.port is NULL for a user without a port of their own. */
public final class Ports {

    private Ports() {
    }

    public static OptionalInt of(Integer column) {
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    public static Integer column(OptionalInt port) {
        return port.isPresent() ? port.getAsInt() : null;
    }
}
