package spanel.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import spanel.adapter.source.SspanelSource;
import spanel.adapter.source.V2boardSource;
import spanel.application.imports.port.in.ImportInstallation;
import spanel.application.imports.port.out.SourcePanel;
import spanel.bootstrap.config.Settings;

/**
 * {@code ./spanel import --from sspanel|v2board --source JDBC_URL [--apply]}: the report as JSON on
 * stdout, and a readable summary of it on stderr.
 */
@Command(name = "import", description = {
    "Import an SSPanel-UIM or V2board/Xboard installation from its MariaDB/MySQL database (read-only).",
    "Without --apply a dry run: what each table would create and skip, and why. Run it again after",
    "--apply: what was imported is skipped. See docs/MIGRATING.md."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, description = "sspanel or v2board (Xboard before 2025 too)")
    String from;

    @Option(names = "--source", required = true, description = "jdbc:mariadb://HOST:3306/DATABASE?user=U&password=P")
    String source;

    @Option(names = "--apply", description = "write into spanel (without it: a dry run)")
    boolean apply;

    @Option(names = "--source-zone", defaultValue = "UTC",
            description = "SSPanel: the time zone its datetimes are in (PHP's date.timezone), e.g. Asia/Shanghai")
    String zone;

    @Option(names = "--pwd-method", defaultValue = "bcrypt", description = "SSPanel: pwdMethod of config/.config.php")
    String pwdMethod;

    @Option(names = "--salt", defaultValue = "", description = "SSPanel: salt of config/.config.php")
    String salt;

    private static final ObjectMapper SNAKE_CASE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private final Supplier<Settings> settings;
    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(Supplier<Settings> settings, PrintStream out, PrintStream err) {
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ImportInstallation.Report report = DatabaseCommands.importInstallation(settings.get(), panel(), apply);
        out.println(CliJson.of(json(report)));
        err.print(ImportSummary.of(report));
        return Cli.OK;
    }

    /** The report with snake_case names, as every JSON spanel prints. */
    private static JsonNode json(ImportInstallation.Report report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", report.source());
        fields.put("applied", report.applied());
        fields.put("tables", report.tables());
        fields.put("notices", report.notices());
        fields.put("source_totals", report.sourceTotals());
        fields.put("imported_totals", report.importedTotals());
        fields.put("spanel_totals", report.spanelTotals().orElse(null));
        return SNAKE_CASE.valueToTree(fields);
    }

    private SourcePanel panel() {
        return switch (from) {
            case "sspanel" -> new SspanelSource(source, zone(), pwdMethod, salt);
            case "v2board", "xboard" -> new V2boardSource(source);
            default -> throw new ParameterException(spec.commandLine(), "--from: sspanel or v2board (got '" + from + "')");
        };
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--source-zone: no time zone '" + zone + "'");
        }
    }
}
