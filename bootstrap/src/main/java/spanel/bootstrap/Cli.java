package spanel.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.application.admin.port.in.CreateUserCommand;
import spanel.application.admin.port.in.SetPasswordCommand;
import spanel.application.admin.port.in.UserCreated;
import spanel.application.node.CreateNodeService;
import spanel.application.node.port.in.CreateNode;
import spanel.application.user.port.in.PasswordChanged;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;
import spanel.domain.error.Refusal;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.TrafficRate;
import spanel.domain.user.Email;
import spanel.domain.user.Password;

/**
 * The command line: {@code serve} (the default), {@code migrate}, {@code user create}, {@code user passwd} and
 * {@code node create}. A command's result goes to
 * stdout, so scripts can parse it; logs and the one-line reason for a failure go to stderr.
 */
public final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    private static final String USAGE_TEXT = """
            usage: spanel [serve | migrate | user create ... | user passwd ... | node create ...]
              serve         migrate the database, then serve the HTTP API (the default)
              migrate       apply database migrations and exit
              user create --email E --password P [--admin] [--balance 10.00]
                            create an account (the first admin, scripted set-ups); prints {"id": N}
              user passwd --email E
                            set an account's password, read from standard input (one line), and
                            sign it out everywhere; prints {"id": N, "signed_out": K}
              node create --name N [--class 0] [--group 0] [--rate 1.0]
                            add a node; prints {"id": N, "key": "..."} (its own key, shown once)""";
    private static final String USER_CREATE_USAGE =
            "usage: spanel user create --email E --password P [--admin] [--balance 10.00]";
    private static final String USER_PASSWD_USAGE =
            "usage: printf '%s' 'new password' | spanel user passwd --email E";

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(Map<String, String> environment, Path workingDirectory, InputStream in, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs a command to its end and returns the exit code; {@code serve} returns once the service has stopped. */
    public int run(List<String> args) {
        String command = args.isEmpty() ? "serve" : args.getFirst();
        try {
            return switch (command) {
                case "serve" -> serve(args);
                case "migrate" -> migrate(args);
                case "node" -> node(args);
                case "user" -> user(args);
                case "help", "-h", "--help" -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
                default -> usage("unknown command '" + command + "'");
            };
        } catch (Options.UsageError e) {
            return usage(e.getMessage());
        } catch (StartupRefusal e) {
            err.println("spanel: " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            LOG.error("{} failed", command, e);
            err.println("spanel: " + command + " failed: " + DataSources.rootMessage(e));
            return FAILED;
        }
    }

    private int serve(List<String> args) {
        if (args.size() > 1) {
            return usage("serve takes no arguments");
        }
        Application application = Application.start(settings());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            stopped.countDown();
        }, "spanel-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private int migrate(List<String> args) {
        if (args.size() > 1) {
            return usage("migrate takes no arguments");
        }
        int applied = Application.migrateOnly(settings());
        out.println("{\"applied\": " + applied + "}");
        return OK;
    }

    private int node(List<String> args) {
        if (args.size() < 2 || !args.get(1).equals("create")) {
            return usage("node takes the subcommand create");
        }
        Options options = Options.parse(args.subList(2, args.size()),
                Set.of("--name", "--class", "--group", "--rate"), Set.of());
        CreateNode.Command command;
        try {
            command = new CreateNode.Command(options.required("--name"), options.integer("--class", 0),
                    options.integer("--group", 0), TrafficRate.of(options.decimal("--rate", "1.0")), NodeChanges.none(),
                    Optional.empty());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        CreateNode.NodeCreated created = Application.withDatabase(settings(),
                persistence -> new CreateNodeService(persistence.nodeRegistry(), persistence.auditTrail(),
                        persistence.transactions()).create(command));
        out.println("{\"id\": " + created.id().value() + ", \"key\": \"" + created.key() + "\"}");
        return OK;
    }

    private int user(List<String> args) {
        if (args.size() >= 2 && args.get(1).equals("passwd")) {
            return passwd(args.subList(2, args.size()));
        }
        if (args.size() < 2 || !args.get(1).equals("create")) {
            return oneLineUsage("user: the subcommands are create and passwd (" + USER_CREATE_USAGE + "; " + USER_PASSWD_USAGE + ")");
        }
        CreateUserCommand command;
        try {
            command = UserCreateArguments.parse(args.subList(2, args.size()));
        } catch (IllegalArgumentException e) {
            return oneLineUsage("user create: " + e.getMessage() + " (" + USER_CREATE_USAGE + ")");
        }
        try {
            UserCreated created = Application.createUser(settings(), command);
            out.println("{\"id\": " + created.user().value() + "}");
            return OK;
        } catch (Refusal e) {
            err.println("spanel: user create: " + e.getMessage());
            return FAILED;
        }
    }

    /** The password comes on standard input, so it is never in the process list or the shell history. */
    private int passwd(List<String> args) {
        SetPasswordCommand command;
        try {
            Options options = Options.parse(args, Set.of("--email"), Set.of());
            Email email = Email.of(options.required("--email"));
            command = new SetPasswordCommand(email, newPassword(firstLine()));
        } catch (Options.UsageError | IllegalArgumentException e) {
            return oneLineUsage("user passwd: " + e.getMessage() + " (" + USER_PASSWD_USAGE + ")");
        }
        try {
            PasswordChanged changed = Application.setPassword(settings(), command);
            out.println("{\"id\": " + changed.user().value() + ", \"signed_out\": " + changed.signedOut() + "}");
            return OK;
        } catch (Refusal e) {
            err.println("spanel: user passwd: " + e.getMessage());
            return FAILED;
        }
    }

    private static Password newPassword(String typed) {
        try {
            return new Password(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the new password: " + e.getMessage(), e);
        }
    }

    private String firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("the new password is read from standard input, and none came");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("standard input could not be read", e);
        }
    }

    private int oneLineUsage(String problem) {
        err.println("spanel: " + problem);
        return USAGE;
    }

    private Settings settings() {
        return Settings.from(Environment.load(environment, workingDirectory.resolve(".env")));
    }

    /** One line, as every failure: the full usage is one `spanel help` away. */
    private int usage(String problem) {
        err.println("spanel: " + problem + " (spanel help shows the commands)");
        return USAGE;
    }
}
