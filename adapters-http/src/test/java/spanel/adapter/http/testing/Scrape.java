package spanel.adapter.http.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A /metrics answer read back as samples, so tests ask for one series by name and labels. */
public final class Scrape {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples = new ArrayList<>();
    private final String text;

    public Scrape(String text) {
        this.text = text;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
    }

    /**
     * The value of the series {@code name} whose labels include {@code labels} (name, value, name,
     * value…); empty when there is none, and an error when several match.
     */
    public OptionalDouble value(String name, String... labels) {
        List<Sample> found = samples.stream()
                .filter(s -> s.name().equals(name))
                .filter(s -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                            return false;
                        }
                    }
                    return true;
                })
                .toList();
        if (found.size() > 1) {
            throw new AssertionError("several series " + name + " match " + List.of(labels) + ": " + found);
        }
        return found.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(found.getFirst().value());
    }

    /** The value of one series, 0 when it is not there yet (a counter not yet moved). */
    public double count(String name, String... labels) {
        return value(name, labels).orElse(0);
    }

    public String text() {
        return text;
    }
}
