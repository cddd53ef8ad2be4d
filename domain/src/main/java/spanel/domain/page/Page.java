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

    /** The requested page of a listing held whole (a catalogue small enough to read at once). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        long from = Math.min(request.offset(), all.size());
        long to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList((int) from, (int) to), all.size(), request);
    }
}
