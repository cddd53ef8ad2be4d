package spanel.domain.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final List<Integer> FORTY_ONE = java.util.stream.IntStream.rangeClosed(1, 41).boxed().toList();

    @Test
    void aSliceHoldsTheRequestedRowsAndTheWholeListingsLength() {
        Page<Integer> third = Page.slice(FORTY_ONE, new PageRequest(3, 20));

        assertThat(third.items()).containsExactly(41);
        assertThat(third.total()).isEqualTo(41);
        assertThat(Page.slice(FORTY_ONE, new PageRequest(2, 5)).items()).containsExactly(6, 7, 8, 9, 10);
    }

    @Test
    void aPagePastTheEndIsEmptyButStillTellsTheTotal() {
        Page<Integer> beyond = Page.slice(FORTY_ONE, new PageRequest(Integer.MAX_VALUE, 100));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(41);
    }
}
