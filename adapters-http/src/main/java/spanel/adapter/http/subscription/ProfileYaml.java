package spanel.adapter.http.subscription;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads and writes Clash YAML with SnakeYAML. Reading builds plain maps, lists and scalars only (no
 * tags that construct objects). Writing leaves a string unquoted only when it is a plain word that
 * every YAML reader takes as that same string ({@code select}, {@code proxy-groups}); everything
 * else (names, passwords, short ids, rules) is double-quoted with escapes, so {@code HK #1} stays
 * whole, {@code 1234} or {@code true} stay strings, and no value can open a mapping or a new line.
 */
final class ProfileYaml {

    private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    /** Words YAML 1.1 readers take as booleans or null. */
    private static final Set<String> NOT_STRINGS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private ProfileYaml() {
    }

    static Object read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(ProfileTemplates.MAX_CHARS);
        return new Yaml(new SafeConstructor(options)).load(text);
    }

    static byte[] write(Map<String, Object> document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        Yaml yaml = new Yaml(new QuotingRepresenter(options), options);
        return yaml.dump(document).getBytes(StandardCharsets.UTF_8);
    }

    static boolean plain(String text) {
        return PLAIN_WORD.matcher(text).matches() && !NOT_STRINGS.contains(text.toLowerCase(java.util.Locale.ROOT));
    }

    private static final class QuotingRepresenter extends Representer {

        QuotingRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> representScalar(Tag.STR, (String) data,
                    plain((String) data) ? DumperOptions.ScalarStyle.PLAIN : DumperOptions.ScalarStyle.DOUBLE_QUOTED));
        }
    }
}
