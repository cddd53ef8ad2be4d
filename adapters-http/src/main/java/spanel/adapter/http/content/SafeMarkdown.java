package spanel.adapter.http.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown of announcements and articles as HTML a page may insert: every HTML tag or entity the
 * author typed is escaped into text, and links and images keep only web, mail and same-site
 * addresses (a javascript:, data: or vbscript: address becomes empty). Links open without handing
 * the page to the target.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new OnlyWebAddresses())
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private SafeMarkdown() {
    }

    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /**
     * Markdown as plain text, for mail and Telegram: the words without their markup, and every HTML
     * tag the author typed dropped (not shown as text).
     */
    public static String text(String markdown) {
        Node document = PARSER.parse(markdown);
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline inline) {
                html.add(inline);
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(block);
            }
        });
        html.forEach(Node::unlink);
        return TEXT.render(document).strip();
    }

    /** http, https and mailto addresses, and paths and anchors on this site; anything else is dropped. */
    static final class OnlyWebAddresses implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url, true);
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url, false);
        }

        private static String safe(String url, boolean mail) {
            String address = url.strip();
            String lower = address.toLowerCase(Locale.ROOT);
            boolean web = lower.startsWith("https://") || lower.startsWith("http://");
            boolean local = (address.startsWith("/") && !address.startsWith("//")) || address.startsWith("#");
            boolean mailto = mail && lower.startsWith("mailto:");
            return web || local || mailto ? address : "";
        }
    }
}
