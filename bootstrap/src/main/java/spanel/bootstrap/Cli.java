package spanel.bootstrap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;
import spanel.adapter.http.subscription.SubscriptionNodeConfigs;
import spanel.adapter.http.support.InvalidRequest;
import spanel.application.admin.port.in.CreateUser;
import spanel.application.admin.port.in.SetPassword;
import spanel.application.admin.port.in.UnlockLogIns;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.job.port.in.ListJobs;
import spanel.application.node.CreateNodeService;
import spanel.application.node.port.in.CreateNode;
import spanel.application.node.port.in.NodeCreated;
import spanel.application.notice.port.in.OutboxQueries;
import spanel.application.notice.port.in.RetryNotice;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.application.user.port.in.PasswordChanged;
import spanel.bootstrap.config.Environment;
import spanel.bootstrap.config.Settings;
import spanel.bootstrap.config.StartupRefusal;
import spanel.domain.error.InvalidInput;
import spanel.domain.error.Refusal;
import spanel.domain.money.Money;
import spanel.domain.node.NodeChanges;
import spanel.domain.node.TrafficRate;
import spanel.domain.payment.OrderId;
import spanel.domain.shop.ProductId;
import spanel.domain.user.Email;
import spanel.domain.user.Password;
import spanel.domain.user.UserId;

/**
 * The command line (picocli): {@code serve} (the default), {@code migrate}, {@code jobs},
 * {@code user create}, {@code user passwd}, {@code user unlock}, {@code node create}, {@code giftcards create},
 * {@code orders reconcile}, {@code ledger export} and {@code import}. A command's result goes to
 * stdout as JSON (Jackson, {@link CliJson}), so scripts can parse it; logs and the one-line reason
 * for a failure go to stderr. Exit codes: 0 done, 1 failed, 2 a command line that cannot be used.
 */
public final class Cli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public Cli(Map<String, String> environment, Path workingDirectory, InputStream in, PrintStream out, PrintStream err,
            Clock clock) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.in = in;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs a command to its end and returns the exit code; {@code serve} returns once the service has stopped. */
    public int run(List<String> args) {
        CommandLine spanel = new CommandLine(new Spanel())
                .addSubcommand("serve", new Serve())
                .addSubcommand("migrate", new Migrate())
                .addSubcommand("jobs", new Jobs())
                .addSubcommand("user", new CommandLine(new UserCommands())
                        .addSubcommand("create", new UserCreate())
                        .addSubcommand("passwd", new UserPasswd())
                        .addSubcommand("unlock", new UserUnlock()))
                .addSubcommand("node", new CommandLine(new NodeCommands())
                        .addSubcommand("create", new NodeCreate()))
                .addSubcommand("giftcards", new CommandLine(new GiftCardCommands())
                        .addSubcommand("create", new GiftCardsCreate()))
                .addSubcommand("orders", new CommandLine(new OrderCommands())
                        .addSubcommand("reconcile", new OrdersReconcile()))
                .addSubcommand("ledger", new CommandLine(new LedgerCommands())
                        .addSubcommand("export", new LedgerExport()))
                .addSubcommand("notices", new CommandLine(new NoticeCommands())
                        .addSubcommand("list", new NoticesList())
                        .addSubcommand("retry", new NoticesRetry()))
                .addSubcommand("import", new ImportCommand(this::settings, out, err))
                .addSubcommand("help", new Help());
        // A password or a name may start with '@': it is the value, never a file to read arguments from.
        spanel.setExpandAtFiles(false);
        spanel.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        spanel.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        spanel.setParameterExceptionHandler((problem, arguments) -> usage(problem));
        spanel.setExecutionExceptionHandler((problem, line, parsed) -> failed(problem, line));
        return spanel.execute(args.toArray(String[]::new));
    }

    /** One line, as every failure: the full usage is one {@code spanel help} away. */
    private int usage(ParameterException problem) {
        CommandLine where = problem.getCommandLine();
        String message = problem.getMessage();
        if (where.getParent() == null && problem instanceof UnmatchedArgumentException unmatched
                && !unmatched.isUnknownOption() && !unmatched.getUnmatched().isEmpty()) {
            message = "unknown command '" + unmatched.getUnmatched().getFirst() + "'";
        }
        err.println("spanel: " + prefix(where) + message + " (spanel help shows the commands)");
        return USAGE;
    }

    private int failed(Exception problem, CommandLine where) {
        if (problem instanceof StartupRefusal) {
            err.println("spanel: " + problem.getMessage());
        } else if (problem instanceof Refusal) {
            err.println("spanel: " + prefix(where) + problem.getMessage());
        } else {
            String command = where.getCommandSpec().qualifiedName(" ");
            LOG.error("{} failed", command, problem);
            err.println("spanel: " + command.substring(command.indexOf(' ') + 1) + " failed: "
                    + DataSources.rootMessage(problem));
        }
        return FAILED;
    }

    /** "user create: " for a subcommand, nothing for spanel itself. */
    private static String prefix(CommandLine where) {
        String qualified = where.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + ": ";
    }

    private Settings settings() {
        return Settings.from(Environment.load(environment, workingDirectory.resolve(".env")));
    }

    /** The parsed value, or a usage error naming the option with the reason it was refused. */
    private static <T> T checked(CommandSpec spec, String option, String text, Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number (got '" + text + "')", e);
        }
    }

    @Command(name = "spanel", description = "A panel for proxy nodes: accounts, plans, payments and the nodes' API."
            + " Without a command it serves.")
    final class Spanel implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, description = "show every command and its options")
        boolean help;

        @Override
        public Integer call() {
            return help ? help(spec.commandLine()) : serve();
        }
    }

    @Command(name = "serve", description = "Migrate the database, then serve the HTTP API (the default).")
    final class Serve implements Callable<Integer> {
        @Override
        public Integer call() {
            return serve();
        }
    }

    private int serve() {
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

    @Command(name = "migrate", description = "Apply database migrations and exit; prints {\"applied\": N}.")
    final class Migrate implements Callable<Integer> {
        record Applied(int applied) {
        }

        @Override
        public Integer call() {
            out.println(CliJson.of(new Applied(DatabaseCommands.migrateOnly(settings()))));
            return OK;
        }
    }

    @Command(name = "jobs", description = "List the scheduled jobs with their last and next run, one a line.")
    final class Jobs implements Callable<Integer> {
        record Listed(List<Job> jobs) {
        }

        /** A job's schedule, the boundary it last ran and when that run finished (null: never), its next run and failures. */
        record Job(String job, String schedule, @JsonProperty("last_run") String lastRun,
                @JsonProperty("last_finished") String lastFinished,
                @JsonProperty("next_run") String nextRun, long failures,
                @JsonProperty("last_error") String lastError) {
            static Job of(ListJobs.JobStatus status) {
                return new Job(status.job(), status.schedule(),
                        status.lastFinished().isPresent() ? status.lastBoundary().map(Instant::toString).orElse(null) : null,
                        status.lastFinished().map(Instant::toString).orElse(null), status.nextRun().toString(),
                        status.failures(), status.lastError().orElse(null));
            }
        }

        @Override
        public Integer call() {
            out.println(CliJson.of(new Listed(DatabaseCommands.listJobs(settings(), clock).stream().map(Job::of).toList())));
            return OK;
        }
    }

    @Command(name = "user", description = "Accounts from the command line.")
    static final class UserCommands {
    }

    @Command(name = "create", description = {
        "Create an account (the first admin, scripted set-ups); prints {\"id\": N}. Its password is read from",
        "standard input (one line): printf '%%s' 'password' | spanel user create --email E --admin"})
    final class UserCreate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "the account's email")
        String email;

        @Option(names = "--password", description = "its password (at least 8 characters) on the command line, where the"
                + " process list and the shell history show it: kept for older scripts; without it, standard input")
        String password;

        @Option(names = "--admin", description = "make it an admin")
        boolean admin;

        @Option(names = "--balance", description = "a starting balance, booked in the ledger (10.00)")
        String balance;

        @Override
        public Integer call() {
            Password chosen = password != null ? checked(spec, "--password", password, Password::new)
                    : checked(spec, "the password", firstLine(spec, "the password"), Password::new);
            Money starting = balance == null ? Money.ZERO : checked(spec, "--balance", balance, Money::parse);
            CreateUser.Command command = new CreateUser.Command(checked(spec, "--email", email, Email::of), chosen, admin,
                    starting);
            CreateUser.UserCreated created = DatabaseCommands.createUser(settings(), command);
            out.println(CliJson.of(new Created(created.user().value())));
            return OK;
        }
    }

    record Created(long id) {
    }

    @Command(name = "passwd", description = {
        "Set an account's password, read from standard input (one line), and sign it out everywhere;",
        "prints {\"id\": N, \"signed_out\": K}. printf '%%s' 'new password' | spanel user passwd --email E"})
    final class UserPasswd implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "the account's email")
        String email;

        record PasswordSet(long id, @JsonProperty("signed_out") int signedOut) {
        }

        @Override
        public Integer call() {
            SetPassword.Command command = new SetPassword.Command(checked(spec, "--email", email, Email::of),
                    checked(spec, "the new password", firstLine(spec, "the new password"), Password::new));
            PasswordChanged changed = DatabaseCommands.setPassword(settings(), command);
            out.println(CliJson.of(new PasswordSet(changed.user().value(), changed.signedOut())));
            return OK;
        }
    }

    @Command(name = "unlock", description = {
        "Lift an account's log-in limits, so its owner gets in again while strangers guess at it;",
        "prints {\"id\": N}. spanel user unlock --email E"})
    final class UserUnlock implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, description = "the account's email")
        String email;

        @Override
        public Integer call() {
            UserId unlocked = DatabaseCommands.unlockLogIns(settings(),
                    new UnlockLogIns.Command(checked(spec, "--email", email, Email::of)));
            out.println(CliJson.of(new Created(unlocked.value())));
            return OK;
        }
    }

    /** The password comes on standard input, so it is never in the process list or the shell history. */
    private String firstLine(CommandSpec spec, String what) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), what + " is read from standard input, and none came");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("standard input could not be read", e);
        }
    }

    @Command(name = "notices", description = "The notices' deliveries (docs/NOTIFICATIONS.md).")
    static final class NoticeCommands {
    }

    @Command(name = "list", description = {
        "The newest deliveries, one a line: spanel notices list [--state pending|sent|failed] [--limit 50]"})
    final class NoticesList implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--state", description = "pending, sent or failed; every state when left out")
        String state;

        @Option(names = "--limit", defaultValue = "50", description = "at most this many (1 to 1000)")
        int limit;

        record Listed(List<Delivery> deliveries) {
        }

        record Delivery(long id, String event, @JsonProperty("user_id") long userId, String boundary, String channel,
                String state, int attempts, @JsonProperty("created_at") String createdAt,
                @JsonProperty("next_attempt_at") String nextAttemptAt, @JsonProperty("last_error") String lastError) {
            static Delivery of(OutboxQueries.Delivery d) {
                return new Delivery(d.id(), d.event(), d.userId(), d.boundary(), d.channel(), d.state(), d.attempts(),
                        d.createdAt().toString(), d.nextAttemptAt().map(Instant::toString).orElse(null), d.lastError().orElse(null));
            }
        }

        @Override
        public Integer call() {
            if (limit < 1 || limit > 1000) {
                throw new ParameterException(spec.commandLine(), "--limit must be from 1 to 1000");
            }
            if (state != null && !List.of("pending", "sent", "failed").contains(state)) {
                throw new ParameterException(spec.commandLine(), "--state must be pending, sent or failed");
            }
            out.println(CliJson.of(new Listed(DatabaseCommands.listNotices(settings(), Optional.ofNullable(state), limit)
                    .stream().map(Delivery::of).toList())));
            return OK;
        }
    }

    @Command(name = "retry", description = {
        "Put a delivery that was given up back in line, due now; prints {\"id\": N, \"requeued\": true|false}.",
        "spanel notices retry --id N"})
    final class NoticesRetry implements Callable<Integer> {
        @Option(names = "--id", required = true, description = "the delivery's id, from spanel notices list")
        long id;

        record Retried(long id, boolean requeued) {
        }

        @Override
        public Integer call() {
            RetryNotice.Retried retried = DatabaseCommands.retryNotice(settings(), id);
            out.println(CliJson.of(new Retried(retried.deliveryId(), retried.requeued())));
            return OK;
        }
    }

    @Command(name = "node", description = "Nodes from the command line.")
    static final class NodeCommands {
    }

    @Command(name = "create", description = {
        "Add a node, its settings checked as the admin API checks them; prints {\"id\": N, \"key\": \"...\"}",
        "(its own key, shown once). The port XrayR listens on is custom_config's offset_port_node."})
    final class NodeCreate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, description = "the node's name")
        String name;

        @Option(names = "--server", description = "its address (host name or IP)")
        String server;

        @Option(names = "--sort", description = "0|1|2|3|11|14|20|21: the protocol")
        Integer sort;

        @Option(names = "--method", description = "the cipher (Shadowsocks)")
        String method;

        @Option(names = "--custom-config", description = "'{\"offset_port_node\":\"443\",...}'")
        String customConfig;

        @Option(names = "--class", defaultValue = "0", description = "the node class users need")
        int nodeClass;

        @Option(names = "--group", defaultValue = "0", description = "the node group")
        int group;

        @Option(names = "--rate", defaultValue = "1.0", description = "the traffic rate")
        String rate;

        record CreatedNode(long id, String key) {
        }

        @Override
        public Integer call() {
            NodeChanges settings;
            CreateNode.Command command;
            try {
                settings = NodeCreateArguments.settings(Optional.ofNullable(server), Optional.ofNullable(method),
                        Optional.ofNullable(sort), Optional.ofNullable(customConfig));
                command = new CreateNode.Command(name, nodeClass, group,
                        TrafficRate.of(checked(spec, "--rate", rate, Cli::number)), settings, Optional.empty());
            } catch (IllegalArgumentException | InvalidRequest e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            NodeCreated created;
            try {
                created = DatabaseCommands.withDatabase(settings(),
                        persistence -> new CreateNodeService(persistence.nodeRegistry(), persistence.auditTrail(),
                                persistence.transactionRunner(), new SubscriptionNodeConfigs()).create(command));
            } catch (InvalidInput e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (!NodeCreateArguments.hasPort(settings)) {
                err.println("spanel: node " + created.id().value() + " has no custom_config.offset_port_node: XrayR and V2bX"
                        + " cannot start it until the port is set (--custom-config '{\"offset_port_node\":\"443\"}')");
            }
            out.println(CliJson.of(new CreatedNode(created.id().value(), created.key())));
            return OK;
        }
    }

    @Command(name = "giftcards", description = "Gift cards from the command line.")
    static final class GiftCardCommands {
    }

    @Command(name = "create", description = {
        "Create gift cards worth an amount (--value) or a plan (--plan); prints {\"batch\", \"count\",",
        "\"codes\": [{\"id\", \"code\"}]}: the codes are shown this once, only their hashes are kept."})
    final class GiftCardsCreate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--value", description = "the amount each card credits (10.00)")
        String value;

        @Option(names = "--plan", description = "the id of the plan each card buys, instead of an amount")
        Long plan;

        @Option(names = "--count", defaultValue = "1", description = "how many cards, each with its own code (1 to 1000)")
        int count;

        @Option(names = "--uses", defaultValue = "1", description = "how many users may redeem each code, each once")
        int uses;

        @Option(names = "--expires", description = "when the codes stop working (2027-01-01T00:00:00Z)")
        String expires;

        record Issued(long id, String code) {
        }

        record CreatedCards(String batch, int count, List<Issued> codes) {
        }

        @Override
        public Integer call() {
            Optional<Money> amount = Optional.ofNullable(value).map(text -> checked(spec, "--value", text, Money::parse));
            Optional<Instant> until = Optional.ofNullable(expires).map(text -> checked(spec, "--expires", text, Cli::instant));
            CreateGiftCards.Command command;
            try {
                command = new CreateGiftCards.Command(Optional.empty(), count, amount, Optional.ofNullable(plan).map(ProductId::new),
                        uses, until);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage().replace("value: give either value (an amount) or "
                        + "shop_id (a plan)", "give either --value or --plan"));
            }
            CreateGiftCards.Created created;
            try {
                created = DatabaseCommands.withDatabase(settings(), persistence -> ReferralWiring.createGiftCards(persistence,
                        clock).create(command));
            } catch (InvalidInput e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            out.println(CliJson.of(new CreatedCards(created.batch(), created.cards().size(),
                    created.cards().stream().map(c -> new Issued(c.id(), c.code())).toList())));
            return OK;
        }
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("an ISO-8601 time with an offset, e.g. 2027-01-01T00:00:00Z (got '" + text + "')", e);
        }
    }

    @Command(name = "orders", description = "Payment orders from the command line.")
    static final class OrderCommands {
    }

    @Command(name = "reconcile", description = {
        "Ask the gateways about unpaid orders younger than ORDER_TTL (or, with --order, about that one order now);",
        "a payment they report is credited as its notify would have been. Prints what became of each order."})
    final class OrdersReconcile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--order", description = "the id of one order to ask about, whatever its age")
        String order;

        record Reconciled(long checked, long recovered, long failed, List<Checked> orders) {
        }

        record Checked(long id, String tradeno, String gateway, String outcome, String detail) {
        }

        @Override
        public Integer call() {
            Optional<OrderId> one = order == null ? Optional.empty()
                    : Optional.of(checked(spec, "--order", order, OrdersReconcile::orderId));
            ReconcileOrders.Reconciled done = DatabaseCommands.reconcileOrders(settings(), new ReconcileOrders.Command(one), clock);
            out.println(CliJson.of(new Reconciled(done.checked(), done.count(ReconcileOrders.Outcome.RECOVERED),
                    done.count(ReconcileOrders.Outcome.FAILED), done.orders().stream()
                            .map(c -> new Checked(c.order().value(), c.tradeNo(), c.gateway(),
                                    c.outcome().name().toLowerCase(Locale.ROOT), c.detail()))
                            .toList())));
            return OK;
        }

        private static OrderId orderId(String text) {
            if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) < 1) {
                throw new IllegalArgumentException("an order id is a whole number from 1 (got '" + text + "')");
            }
            return OrderId.of(Long.parseLong(text));
        }
    }

    @Command(name = "ledger", description = "The balance ledger from the command line.")
    static final class LedgerCommands {
    }

    @Command(name = "export", description = {
        "Write every balance change booked from the first day to the last (both included, days in TIMEZONE) as CSV:",
        "id,user_id,delta,balance_after,source_type,source_id,note,created_at. spanel ledger export --from 2026-12-01 --to 2026-12-31"})
    final class LedgerExport implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, description = "the first day, YYYY-MM-DD")
        String from;

        @Option(names = "--to", required = true, description = "the last day, YYYY-MM-DD")
        String to;

        @Override
        public Integer call() {
            Settings settings = settings();
            ZoneId zone = settings.jobs().timezone();
            LocalDate first = checked(spec, "--from", from, LedgerExport::day);
            LocalDate last = checked(spec, "--to", to, LedgerExport::day);
            if (last.isBefore(first)) {
                throw new ParameterException(spec.commandLine(), "--to: the last day comes before the first");
            }
            Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            DatabaseCommands.exportLedger(settings, first.atStartOfDay(zone).toInstant(),
                    last.plusDays(1).atStartOfDay(zone).toInstant(), csv);
            return OK;
        }

        private static LocalDate day(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a day is YYYY-MM-DD (got '" + text + "')", e);
            }
        }
    }

    @Command(name = "help", description = "Show every command and its options.")
    final class Help implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return help(spec.commandLine().getParent());
        }
    }

    /** The usage of spanel, then of each of its commands in turn. */
    private int help(CommandLine spanel) {
        out.print(spanel.getUsageMessage());
        printUsageOfSubcommands(spanel);
        return OK;
    }

    private void printUsageOfSubcommands(CommandLine parent) {
        for (CommandLine sub : parent.getSubcommands().values()) {
            if (!(sub.getCommandSpec().userObject() instanceof Help)) {
                out.println();
                out.print(sub.getUsageMessage());
                printUsageOfSubcommands(sub);
            }
        }
    }
}
