package spanel.application.content.port.out;

/** An announcement's Markdown as plain text, for channels that show no markup: no HTML tag survives it. */
@FunctionalInterface
public interface MarkdownText {

    String plain(String markdown);
}
