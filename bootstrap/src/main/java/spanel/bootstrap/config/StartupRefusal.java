package spanel.bootstrap.config;

/** Start-up cannot go on: the message is the one line the operator reads, saying what to change. */
public final class StartupRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupRefusal(String message) {
        super(message);
    }

    public StartupRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
