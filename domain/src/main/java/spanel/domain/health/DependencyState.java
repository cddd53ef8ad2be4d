package spanel.domain.health;

/** How a dependency of the service stands, as the operator reads it on /health. */
public enum DependencyState {
    /** A configured server answers. */
    UP,
    /** No server is configured: the in-process default serves. */
    EMBEDDED,
    /** A configured server does not answer. */
    DOWN;

    public boolean isAvailable() {
        return this != DOWN;
    }
}
