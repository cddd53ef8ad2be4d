package spanel.adapter.http.content;

import static spanel.adapter.http.support.ApiPath.V0;

import io.javalin.config.RoutesConfig;

/** Announcements and the knowledge base (docs/SUPPORT.md); /user/* and /admin/* are already behind their checks. */
public final class ContentRoutes {

    private ContentRoutes() {
    }

    public static void register(RoutesConfig routes, ContentUseCases useCases) {
        ContentHandlers content = new ContentHandlers(useCases);
        routes.get(V0 + "/user/announcements", content::userAnnouncements);
        routes.post(V0 + "/user/announcements/{id}/read", content::markRead);
        routes.get(V0 + "/user/articles", content::userArticles);
        routes.get(V0 + "/admin/announcements", content::listAnnouncements);
        routes.post(V0 + "/admin/announcements", content::publish);
        routes.put(V0 + "/admin/announcements/{id}", content::replaceAnnouncement);
        routes.delete(V0 + "/admin/announcements/{id}", content::removeAnnouncement);
        routes.get(V0 + "/admin/articles", content::listArticles);
        routes.post(V0 + "/admin/articles", content::addArticle);
        routes.put(V0 + "/admin/articles/{id}", content::replaceArticle);
        routes.delete(V0 + "/admin/articles/{id}", content::removeArticle);
    }
}
