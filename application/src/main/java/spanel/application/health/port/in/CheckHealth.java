package spanel.application.health.port.in;

/** Answers whether the service can do its work: the database and the store both available. */
public interface CheckHealth {

    Health check();
}
