package spanel.domain.page;

import java.util.List;
import java.util.Objects;

/** One page of a listing, with how many rows the whole listing has. */
public record Page<T>(List<T> items, long total, PageRequest request) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (total < items.size()) {
            throw new IllegalArgumentException("the total cannot be smaller than the page");
        }
    }
}
