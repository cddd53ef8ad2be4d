package spanel.application.notice.port.out;

import java.util.Map;
import spanel.domain.notice.NoticeChannel;
import spanel.domain.notice.NoticeEvent;
import spanel.domain.notice.NoticeLanguage;

/** The words of each notice, per event and language, with the values escaped for the channel. */
public interface NoticeTemplates {

    Rendered render(NoticeEvent event, NoticeLanguage language, NoticeChannel channel, Map<String, String> values);

    /** A subject line (plain text) and a body in the channel's format. */
    record Rendered(String subject, String body) {
    }
}
