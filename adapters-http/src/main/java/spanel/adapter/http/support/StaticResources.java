package spanel.adapter.http.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files served as they are (the dashboard page, the OpenAPI document), read once from the jar. */
public final class StaticResources {

    private StaticResources() {
    }

    /** The bytes of a class-path resource; a missing one is a packaging mistake and stops start-up. */
    public static byte[] read(String path) {
        try (InputStream in = StaticResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
