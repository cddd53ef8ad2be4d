package spanel.adapter.http.support;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A list seen through a mapping, each item mapped as it is read: a large user list goes out in its
 * wire form without a second list of that form in memory.
 */
public final class MappedList<T, R> extends AbstractList<R> implements RandomAccess {

    private final List<T> source;
    private final Function<? super T, ? extends R> mapping;

    private MappedList(List<T> source, Function<? super T, ? extends R> mapping) {
        this.source = source;
        this.mapping = mapping;
    }

    public static <T, R> List<R> of(List<T> source, Function<? super T, ? extends R> mapping) {
        return new MappedList<>(source, mapping);
    }

    @Override
    public R get(int index) {
        return mapping.apply(source.get(index));
    }

    @Override
    public int size() {
        return source.size();
    }
}
