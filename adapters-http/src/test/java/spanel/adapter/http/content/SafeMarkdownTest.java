package spanel.adapter.http.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    /** Markup that runs script in a browser if it survives rendering, in the forms filters miss. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x]( javascript:alert(1) )",
            "[x](&#106;avascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "[x](//evil.example/phish)",
            "![x](javascript:alert(1))",
            "<javascript:alert(1)>",
            "[x]: javascript:alert(1)\n\n[x]",
            "**<b onmouseover=alert(1)>bold</b>**",
            "```html\n<script>alert(1)</script>\n```",
            "<div>\n<style>body{display:none}</style>\n</div>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "[x](\"onmouseover=\"alert(1))",
            "<!-- --><script>alert(1)</script>");

    private static final Set<String> TAGS = Set.of("p", "strong", "em", "code", "pre", "ul", "ol", "li", "a", "img",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "br");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "rel", "class", "start");

    @ParameterizedTest
    @FieldSource("HOSTILE")
    void hostileMarkupNeverSurvivesAsMarkup(String markdown) {
        String html = SafeMarkdown.html(markdown);

        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(element.tagName()).as(html).isIn(TAGS);
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as(html).isIn(ATTRIBUTES);
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertThat(attribute.getValue()).as(html).matches("(?i)(https?://|mailto:|/[^/]|#).*|");
                }
                if (attribute.getKey().equals("class")) {
                    assertThat(attribute.getValue()).as(html).matches("language-[a-z]+");
                }
            }
        }
    }

    @Test
    void theSafeSubsetRendersAsMarkdown() {
        String html = SafeMarkdown.html("# Title\n\n**bold** *it* `code`\n\n- one\n- two\n\n"
                + "[site](https://example.com/a?b=1) [mail](mailto:help@example.com) [here](/app)");

        assertThat(html).contains("<h1>Title</h1>", "<strong>bold</strong>", "<em>it</em>", "<code>code</code>",
                "<li>one</li>", "<a rel=\"nofollow noopener noreferrer\" href=\"https://example.com/a?b=1\">site</a>",
                "href=\"mailto:help@example.com\"", "href=\"/app\"");
    }

    @Test
    void typedMarkupIsShownAsText() {
        assertThat(SafeMarkdown.html("<script>alert(1)</script>")).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(SafeMarkdown.html("[x](javascript:alert(1))")).contains("href=\"\"");
    }

    @Test
    void plainTextKeepsTheWordsAndDropsEveryTag() {
        String text = SafeMarkdown.text("# Maintenance\n\nNodes **hk-1** and *jp-2* restart at 02:00."
                + " <script>alert(1)</script> See [the status page](https://status.example.com).\n\n<div onclick=x>block</div>\n");

        assertThat(text).contains("Maintenance", "Nodes hk-1 and jp-2 restart at 02:00.", "the status page")
                .doesNotContain("<", ">", "**", "# ");
    }
}
