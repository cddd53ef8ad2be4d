package spanel.bootstrap.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import spanel.application.notice.port.out.NoticeTemplates.Rendered;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;

class TemplateFilesTest {

    private static final Map<String, String> HOSTILE = Map.of("ticket_id", "9", "subject", "<img src=x onerror=alert(1)> & \"q\"");

    @Test
    void everyEventHasAShippedTemplateInBothLanguages(@TempDir Path empty) {
        TemplateFiles templates = new TemplateFiles(empty);
        for (NoticeEvent event : NoticeEvent.values()) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                Rendered rendered = templates.render(event, language, NoticeChannel.MAIL, Map.of());
                assertThat(rendered.subject()).as(event + " " + language).isNotBlank();
                assertThat(rendered.body()).as(event + " " + language).isNotBlank().doesNotContain("{{");
            }
        }
    }

    @Test
    void valuesAreKeptAsTextForMailAndEscapedWholeForTelegram(@TempDir Path empty) {
        TemplateFiles templates = new TemplateFiles(empty);

        Rendered mail = templates.render(NoticeEvent.TICKET_ANSWERED, NoticeLanguage.EN, NoticeChannel.MAIL, HOSTILE);
        Rendered telegram = templates.render(NoticeEvent.TICKET_ANSWERED, NoticeLanguage.EN, NoticeChannel.TELEGRAM, HOSTILE);

        assertThat(mail.subject()).isEqualTo("Your ticket was answered: <img src=x onerror=alert(1)> & \"q\"");
        assertThat(telegram.subject()).isEqualTo("Your ticket was answered: &lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;");
        assertThat(telegram.body()).doesNotContain("<", ">").contains("#9");
    }

    @Test
    void nodeNoticesNameTheNodeAndItsIdInEveryLanguageEscapedForTelegram(@TempDir Path empty) {
        TemplateFiles templates = new TemplateFiles(empty);
        Map<String, String> values = Map.of("node_id", "42", "node_name", "hk <b>1</b>", "since", "2030-01-01T00:00:00Z",
                "duration_seconds", "60");
        for (NoticeEvent event : new NoticeEvent[] {NoticeEvent.NODE_DOWN, NoticeEvent.NODE_UP}) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                Rendered mail = templates.render(event, language, NoticeChannel.MAIL, values);
                Rendered telegram = templates.render(event, language, NoticeChannel.TELEGRAM, values);
                assertThat(mail.subject() + mail.body()).as(event + " " + language).contains("hk <b>1</b>", "42");
                assertThat(telegram.subject() + telegram.body()).as(event + " " + language)
                        .contains("hk &lt;b&gt;1&lt;/b&gt;", "42").doesNotContain("<b>");
            }
        }
    }

    @Test
    void theOperatorsFileReplacesTheShippedOneAndALanguageWithoutItFallsBackToEnglish(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("zh-CN"));
        Files.writeString(folder.resolve("zh-CN/plan_ended.txt"), "套餐结束 <{{ends_at}}>\r\n\r\n{{unknown}}再见");
        Files.createDirectories(folder.resolve("en"));
        Files.writeString(folder.resolve("en/password_changed.txt"), "Password changed\n\nAt {{changed_at}}.");
        TemplateFiles templates = new TemplateFiles(folder);

        Rendered own = templates.render(NoticeEvent.PLAN_ENDED, NoticeLanguage.ZH_CN, NoticeChannel.TELEGRAM,
                Map.of("ends_at", "2026-03-01T00:00:00Z"));
        Rendered english = templates.render(NoticeEvent.PASSWORD_CHANGED, NoticeLanguage.ZH_CN, NoticeChannel.MAIL,
                Map.of("changed_at", "noon"));

        assertThat(own.subject()).isEqualTo("套餐结束 &lt;2026-03-01T00:00:00Z&gt;");
        assertThat(own.body()).isEqualTo("再见");
        assertThat(english.subject()).as("the shipped zh-CN file still wins over the operator's English one")
                .isEqualTo("您的密码已修改");
    }
}
