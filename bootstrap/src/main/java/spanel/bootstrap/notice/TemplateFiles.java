package spanel.bootstrap.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import spanel.application.notice.port.out.NoticeTemplates;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;

/**
 * The notices' words: {@code LANGUAGE/EVENT.txt} (say {@code zh-CN/plan_expiring.txt}), read from
 * the operator's folder (NOTICE_TEMPLATES_DIR) when it holds that file, else from the ones shipped
 * in the jar; a language without the file falls back to English. The first line is the subject,
 * the rest (after one blank line) the body; {@code {{name}}} stands for a value, an unknown name
 * for nothing. Templates and values are plain text; for Telegram, whose messages are HTML, the
 * whole text (the template's words and the values) is escaped, so nothing in it is markup.
 */
public final class TemplateFiles implements NoticeTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    private final Path folder;

    public TemplateFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder);
    }

    @Override
    public Rendered render(NoticeEvent event, NoticeLanguage language, NoticeChannel channel, Map<String, String> values) {
        String template = read(language, event).or(() -> read(NoticeLanguage.EN, event))
                .orElseThrow(() -> new IllegalStateException("no template for " + event.word()));
        String text = fill(template.replace("\r\n", "\n"), values);
        int end = text.indexOf('\n');
        String subject = (end < 0 ? text : text.substring(0, end)).strip();
        String body = end < 0 ? "" : text.substring(end + 1).strip();
        if (channel == NoticeChannel.TELEGRAM) {
            return new Rendered(html(subject), html(body));
        }
        return new Rendered(subject, body);
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Text as HTML text: the five characters that could start markup or end an attribute are escaped. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private Optional<String> read(NoticeLanguage language, NoticeEvent event) {
        String name = language.tag() + "/" + event.word() + ".txt";
        Path own = folder.resolve(name);
        try {
            if (Files.isRegularFile(own)) {
                return Optional.of(Files.readString(own, StandardCharsets.UTF_8));
            }
            try (InputStream shipped = TemplateFiles.class.getResourceAsStream("/notices/" + name)) {
                return shipped == null ? Optional.empty() : Optional.of(new String(shipped.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the template " + name + " could not be read", e);
        }
    }
}
