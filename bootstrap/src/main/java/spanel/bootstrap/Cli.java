package spanel.bootstrap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
import spanel.application.job.port.in.ListJobs;
import spanel.application.node.CreateNodeService;
import spanel.application.node.port.in.CreateNode;
import spanel.application.user.port.in.PasswordChanged;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;
import spanel.adapter.http.support.InvalidRequest;
import spanel.domain.error.InvalidInput;
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
            usage: spanel [serve | migrate | jobs | user create ... | user passwd ... | node create ...]
              serve         migrate the database, then serve the HTTP API (the default)
              migrate       apply database migrations and exit
              jobs          list the scheduled jobs with their last and next run
              user create --email E --password P [--admin] [--balance 10.00]
                            create an account (the first admin, scripted set-ups); prints {"id": N}
              user passwd --email E
                            set an account's password, read from standard input (one line), and
                            sign it out everywhere; prints {"id": N, "signed_out": K}
              node create --name N [--server HOST] [--sort 0|1|2|3|11|14] [--method CIPHER]
                          [--custom-config '{"offset_port_node":"443",...}'] [--class 0] [--group 0] [--rate 1.0]
                            add a node, its settings checked as the admin API checks them (the port XrayR
                            listens on is custom_config's offset_port_node); prints {"id": N, "key": "..."}
                            (its own key, shown once)""";
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
                case "jobs" -> jobs(args);
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

    /**
     * {"jobs":[...]}, one job a line: its schedule, the boundary it last ran and when that run
     * finished (null: never), the next boundary it runs, and its failures with the last error.
     */
    private int jobs(List<String> args) {
        if (args.size() > 1) {
            return usage("jobs takes no arguments");
        }
        List<ListJobs.JobStatus> jobs = Application.listJobs(settings());
        StringBuilder json = new StringBuilder("{\"jobs\": [");
        for (int i = 0; i < jobs.size(); i++) {
            ListJobs.JobStatus job = jobs.get(i);
            json.append(i == 0 ? "\n  " : ",\n  ")
                    .append("{\"job\": ").append(quoted(job.job()))
                    .append(", \"schedule\": ").append(quoted(job.schedule()))
                    .append(", \"last_run\": ").append(quoted(job.lastFinished().isPresent()
                            ? job.lastBoundary().map(Instant::toString).orElse(null) : null))
                    .append(", \"last_finished\": ").append(quoted(job.lastFinished().map(Instant::toString).orElse(null)))
                    .append(", \"next_run\": ").append(quoted(job.nextRun().toString()))
                    .append(", \"failures\": ").append(job.failures())
                    .append(", \"last_error\": ").append(quoted(job.lastError().orElse(null)))
                    .append('}');
        }
        out.println(json.append("\n]}"));
        return OK;
    }

    private static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private int node(List<String> args) {
        if (args.size() < 2 || !args.get(1).equals("create")) {
            return usage("node takes the subcommand create");
        }
        Options options = Options.parse(args.subList(2, args.size()),
                Set.of("--name", "--class", "--group", "--rate", "--server", "--sort", "--method", "--custom-config"),
                Set.of());
        CreateNode.Command command;
        NodeChanges settings;
        try {
            settings = NodeCreateArguments.settings(options);
            command = new CreateNode.Command(options.required("--name"), options.integer("--class", 0),
                    options.integer("--group", 0), TrafficRate.of(options.decimal("--rate", "1.0")), settings,
                    Optional.empty());
        } catch (IllegalArgumentException | InvalidRequest e) {
            return usage("node create: " + e.getMessage());
        }
        CreateNode.NodeCreated created;
        try {
            created = Application.withDatabase(settings(),
                    persistence -> new CreateNodeService(persistence.nodeRegistry(), persistence.auditTrail(),
                            persistence.transactions()).create(command));
        } catch (InvalidInput e) {
            return usage("node create: " + e.getMessage());
        }
        if (!NodeCreateArguments.hasPort(settings)) {
            err.println("spanel: node " + created.id().value() + " has no custom_config.offset_port_node: XrayR and V2bX"
                    + " cannot start it until the port is set (--custom-config '{\"offset_port_node\":\"443\"}')");
        }
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
