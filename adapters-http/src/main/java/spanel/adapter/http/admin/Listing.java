package spanel.adapter.http.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import spanel.domain.page.Page;

/** A listing on the wire: {"<name>":[...],"count":N}, plus total, page and size when paged. */
final class Listing {

    private Listing() {
    }

    static Map<String, Object> of(String name, List<?> items) {
        Map<String, Object> listing = new LinkedHashMap<>();
        listing.put(name, items);
        listing.put("count", items.size());
        return listing;
    }

    static Map<String, Object> of(String name, List<?> items, Page<?> page) {
        Map<String, Object> listing = of(name, items);
        listing.put("total", page.total());
        listing.put("page", page.request().page());
        listing.put("size", page.request().size());
        return listing;
    }
}
