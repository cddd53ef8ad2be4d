package spanel.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;

/**
 * Every list of the user and admin APIs on the wire, one shape:
 * {"<name>":[...],"count":N,"total":N,"page":P,"size":S}. The name says what is listed, count is
 * this page's length, total the length of the whole listing, page and size what was asked for
 * ({@link Fields#page}).
 */
public final class Listing {

    private Listing() {
    }

    /** A page read from storage, each item mapped to its wire form. */
    public static <T> Map<String, Object> of(String name, Page<T> page, Function<? super T, ?> view) {
        List<?> items = page.items().stream().map(view).toList();
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put(name, items);
        listing.put("count", items.size());
        listing.put("total", page.total());
        listing.put("page", page.request().page());
        listing.put("size", page.request().size());
        return listing;
    }

    /** A page of a listing the use case hands over whole (catalogues, the nodes). */
    public static <T> Map<String, Object> of(String name, List<T> all, PageRequest request, Function<? super T, ?> view) {
        return of(name, Page.slice(all, request), view);
    }
}
