import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a flight recording of spanel (bench/run with BENCH_PROFILE=1) as Markdown: the JVM's
 * CPU over the recording, where the sampled CPU went by library, and the hottest methods.
 *
 * <p>A sample counts for the library of its innermost frame outside the JDK: a HashMap lookup
 * inside jOOQ's renderer is jOOQ's cost. Samples with no such frame are the JDK's own (the virtual
 * thread scheduler, socket polling).
 *
 *   java bench/Profile.java recording.jfr
 */
public class Profile {

    static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("spanel.adapter.persistence.", "spanel: persistence adapters");
        LIBRARIES.put("spanel.adapter.http.", "spanel: HTTP handlers");
        LIBRARIES.put("spanel.", "spanel: domain and use cases");
        LIBRARIES.put("org.jooq.", "jOOQ (rendering, binding, mapping)");
        LIBRARIES.put("org.eclipse.jetty.", "Jetty");
        LIBRARIES.put("jakarta.servlet.", "Jetty");
        LIBRARIES.put("io.javalin.", "Javalin");
        LIBRARIES.put("kotlin.", "Javalin");
        LIBRARIES.put("org.postgresql.", "PostgreSQL driver");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("com.zaxxer.hikari.", "HikariCP");
        LIBRARIES.put("io.lettuce.", "Redis client");
        LIBRARIES.put("redis.clients.", "Redis client");
        LIBRARIES.put("io.netty.", "Redis client");
        LIBRARIES.put("io.micrometer.", "Micrometer");
        LIBRARIES.put("ch.qos.logback.", "logging");
        LIBRARIES.put("org.slf4j.", "logging");
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> byLibrary = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        int samples = 0;
        double cpuSeconds = 0;
        long firstLoad = 0;
        long lastLoad = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            switch (event.getEventType().getName()) {
                case "jdk.ExecutionSample" -> {
                    List<RecordedFrame> frames = event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames();
                    if (frames.isEmpty()) {
                        continue;
                    }
                    samples++;
                    byLibrary.merge(library(frames), 1, Integer::sum);
                    byMethod.merge(name(frames.getFirst()), 1, Integer::sum);
                }
                case "jdk.CPULoad" -> {
                    // jvmUser and jvmSystem are shares of the whole machine over the second before the event.
                    long at = event.getStartTime().toEpochMilli();
                    if (lastLoad != 0) {
                        double share = event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        cpuSeconds += share * Runtime.getRuntime().availableProcessors() * (at - lastLoad) / 1000.0;
                    } else {
                        firstLoad = at;
                    }
                    lastLoad = at;
                }
                default -> {
                }
            }
        }
        System.out.printf(Locale.ROOT, "## Profile of spanel's JVM (%s)%n%n", args[0]);
        System.out.printf(Locale.ROOT, "%,d CPU samples of Java code; the JVM used %.1f s of CPU over the %.0f s recorded"
                + " (JIT compiler and collector threads included, which are not sampled).%n%n",
                samples, cpuSeconds, (lastLoad - firstLoad) / 1000.0);
        System.out.println("| where (innermost frame outside the JDK) | share of samples |");
        System.out.println("|---|---|");
        print(byLibrary, samples, 20);
        System.out.println();
        System.out.println("| hottest methods (the sampled frame itself) | share of samples |");
        System.out.println("|---|---|");
        print(byMethod, samples, 20);
    }

    static String library(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (var library : LIBRARIES.entrySet()) {
                if (type.startsWith(library.getKey())) {
                    return library.getValue();
                }
            }
            if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
                return "other libraries (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
            }
        }
        return "JDK only (virtual thread scheduler, socket polling)";
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static void print(Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total));
    }
}
