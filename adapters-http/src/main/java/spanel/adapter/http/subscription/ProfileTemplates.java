package spanel.adapter.http.subscription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The documents the Clash (mihomo) and sing-box profiles are built from. The defaults ship in the
 * jar (an automatic url-test group and a manual one, private and local addresses direct, DNS that
 * goes through the proxy); an operator replaces either with {@code clash.yaml} or
 * {@code singbox.json} in a folder. A file that cannot be read or is not a usable template is
 * logged and the default serves instead; so is an operator template that fails at a fetch, which
 * never becomes an error for the client.
 */
public final class ProfileTemplates {

    /** The largest template read, in characters. */
    static final int MAX_CHARS = 1_000_000;
    static final String CLASH_FILE = "clash.yaml";
    static final String SINGBOX_FILE = "singbox.json";

    private static final Logger LOG = LoggerFactory.getLogger(ProfileTemplates.class);
    private static final ClashTemplate DEFAULT_CLASH = ClashTemplate.parse(resource(CLASH_FILE));
    private static final SingBoxTemplate DEFAULT_SINGBOX = SingBoxTemplate.parse(resource(SINGBOX_FILE));

    /** Only the nodes: a select group of them and MATCH for Clash, a selector and direct for sing-box. */
    static final ProfileTemplates BARE = new ProfileTemplates(
            ClashTemplate.parse("proxy-groups:\n  - {name: Proxy, type: select, proxies: [$nodes]}\nrules:\n  - MATCH,Proxy\n"),
            SingBoxTemplate.parse("{\"outbounds\": [{\"type\": \"selector\", \"tag\": \"proxy\", \"outbounds\": [\"$nodes\"]},"
                    + " \"$nodes\", {\"type\": \"direct\", \"tag\": \"direct\"}]}"));

    private static final ProfileTemplates DEFAULTS = new ProfileTemplates(DEFAULT_CLASH, DEFAULT_SINGBOX);

    private final ClashTemplate clash;
    private final SingBoxTemplate singBox;

    private ProfileTemplates(ClashTemplate clash, SingBoxTemplate singBox) {
        this.clash = Objects.requireNonNull(clash);
        this.singBox = Objects.requireNonNull(singBox);
    }

    /** The templates shipped in the jar. */
    public static ProfileTemplates defaults() {
        return DEFAULTS;
    }

    /**
     * The operator's templates in this folder where there are usable ones, the defaults for the rest;
     * a missing folder or file is the default, a broken file too, with a log line saying why.
     */
    public static ProfileTemplates from(Path folder) {
        ClashTemplate clash = read(folder.resolve(CLASH_FILE), ClashTemplate::parse, DEFAULT_CLASH);
        SingBoxTemplate singBox = read(folder.resolve(SINGBOX_FILE), SingBoxTemplate::parse, DEFAULT_SINGBOX);
        return new ProfileTemplates(clash, singBox);
    }

    ClashTemplate clash() {
        return clash;
    }

    SingBoxTemplate singBox() {
        return singBox;
    }

    /** The Clash profile from this template, or from the default one should the operator's fail. */
    byte[] clash(List<ProfileNode> nodes, List<FlowMap> proxies) {
        try {
            return clash.render(nodes, proxies);
        } catch (RuntimeException e) {
            if (clash == DEFAULT_CLASH || this == BARE) {
                throw e;
            }
            LOG.warn("the Clash template failed ({}); this profile is built from the default one", e.toString());
            return DEFAULT_CLASH.render(nodes, proxies);
        }
    }

    /** The sing-box profile from this template for this core, or from the default one should the operator's fail. */
    byte[] singBox(List<ProfileNode> nodes, List<FlowMap> outbounds, ClientVersion core) {
        try {
            return singBox.render(nodes, outbounds, core);
        } catch (RuntimeException e) {
            if (singBox == DEFAULT_SINGBOX || this == BARE) {
                throw e;
            }
            LOG.warn("the sing-box template failed ({}); this profile is built from the default one", e.toString());
            return DEFAULT_SINGBOX.render(nodes, outbounds, core);
        }
    }

    private static <T> T read(Path file, java.util.function.Function<String, T> parse, T fallback) {
        String text;
        try {
            if (Files.size(file) > MAX_CHARS) {
                LOG.warn("subscription template {} is larger than {} bytes; the default one serves instead", file, MAX_CHARS);
                return fallback;
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return fallback;
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("subscription template {} cannot be read ({}); the default one serves instead", file, e.toString());
            return fallback;
        }
        try {
            T template = parse.apply(text);
            LOG.info("subscription template {} is in use", file);
            return template;
        } catch (IllegalArgumentException e) {
            LOG.warn("subscription template {} is not usable: {}; the default one serves instead", file, e.getMessage());
            return fallback;
        }
    }

    private static String resource(String name) {
        try (InputStream in = ProfileTemplates.class.getResourceAsStream("/spanel/http/templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the default template " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
