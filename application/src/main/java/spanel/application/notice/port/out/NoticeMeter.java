package spanel.application.notice.port.out;

import spanel.domain.notice.NoticeChannel;

/** Notices this instance delivered, will try again, and gave up, per channel. */
public interface NoticeMeter {

    void sent(NoticeChannel channel);

    void retried(NoticeChannel channel);

    void failed(NoticeChannel channel);
}
