package spanel.application.common.port.out;

import java.util.function.Supplier;

/**
 * Secrets the server makes once and every instance shares, kept in the database so that instances
 * started together agree: whichever stores a name first wins, and every other reads its value.
 */
public interface ServerSecrets {

    /** The secret stored under the name; when there is none yet, the proposal is stored first. */
    String getOrCreate(String name, Supplier<String> proposal);
}
