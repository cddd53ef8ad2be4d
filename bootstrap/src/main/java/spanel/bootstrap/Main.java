package spanel.bootstrap;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The process entry point: the only place that touches the standard streams and the exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ prints a banner and tips on first use unless told not to.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Cli cli = new Cli(System.getenv(), Path.of("").toAbsolutePath(), System.in, System.out, System.err, Clock.systemUTC());
        System.exit(cli.run(List.of(args)));
    }
}
