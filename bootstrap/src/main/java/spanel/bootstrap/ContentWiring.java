package spanel.bootstrap;

import spanel.adapter.http.content.ContentUseCases;
import spanel.adapter.persistence.support.PersistenceAdapters;
import spanel.application.content.ContentQueryService;
import spanel.application.content.ManageAnnouncementsService;
import spanel.application.content.ManageArticlesService;
import spanel.application.content.MarkAnnouncementReadService;

/** Announcements and the knowledge base. */
final class ContentWiring {

    private ContentWiring() {
    }

    static ContentUseCases content(Wiring wiring) {
        PersistenceAdapters persistence = wiring.persistence();
        var announcements = persistence.announcements();
        var articles = persistence.articles();
        var accounts = persistence.userAccounts();
        var tx = persistence.transactionRunner();
        return new ContentUseCases(
                new ContentQueryService(announcements, articles, accounts, wiring.clock()),
                new MarkAnnouncementReadService(announcements, accounts, wiring.clock()),
                new ManageAnnouncementsService(announcements, persistence.announcementSends(), persistence.auditTrail(), tx,
                        wiring.clock()),
                new ManageArticlesService(articles, persistence.auditTrail(), tx, wiring.clock()));
    }
}
