package spanel.domain.notice;

import java.util.Arrays;
import java.util.Optional;

/** The languages notices are written in; a user's choice, English unless they chose otherwise. */
public enum NoticeLanguage {
    EN("en"),
    ZH_CN("zh-CN");

    private final String tag;

    NoticeLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as on the wire, in the database and in the templates' folder names. */
    public String tag() {
        return tag;
    }

    public static Optional<NoticeLanguage> of(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }
}
