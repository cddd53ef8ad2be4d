package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Refused requests are told to come back in turns, at the rate the admitted ones finish. */
class RetryTurnsTest {

    private static final long SECOND = 1_000_000_000L;
    private static final int PLACE = 16;

    /** Four places, each held a second by the requests admitted so far: four whole places a second. */
    private final RetryTurns turns = new RetryTurns(4 * PLACE, 1, 30, SECOND);

    private List<Integer> refuse(int requests, int shares, long at) {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(turns.retryAfter(shares, 0, at));
        }
        return answers;
    }

    @Test
    void aStormsRefusalsComeBackAsFastAsTheLineMovesAndNoFaster() {
        assertThat(refuse(12, PLACE, 0)).containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3);
    }

    @Test
    void smallRequestsTakeTheirShareOfATurn() {
        assertThat(refuse(4 * PLACE, 1, 0)).containsOnly(1);
        assertThat(turns.retryAfter(1, 0, 0)).isEqualTo(2);
    }

    @Test
    void theLineAlreadyWaitingGoesFirst() {
        assertThat(turns.retryAfter(PLACE, 8 * PLACE, 0)).isEqualTo(3);
    }

    @Test
    void turnsPassWithTimeAndQuickerHoldsMakeThemShorter() {
        refuse(40, PLACE, 0);
        assertThat(turns.retryAfter(PLACE, 0, 0)).isEqualTo(11);
        assertThat(turns.retryAfter(PLACE, 0, 9 * SECOND)).as("10.5 s, asked at 9 s").isEqualTo(2);

        for (int i = 0; i < 50; i++) {
            turns.held(SECOND / 10);
        }

        assertThat(refuse(30, PLACE, 60 * SECOND)).as("thirty places in about 0.75 s").containsOnly(1);
    }

    @Test
    void noTurnIsSoonerOrLaterThanTheRange() {
        assertThat(refuse(1, 1, 0)).containsExactly(1);
        assertThat(refuse(200, PLACE, 0)).allSatisfy(seconds -> assertThat(seconds).isBetween(1, 30)).contains(30);
    }

    @Test
    void aRequestWaitsInLineOnlyWhenTheLineLetsItInWithinTheWait() {
        // Four places a second: a line of four places moves past in one second, not a share more.
        assertThat(turns.inLineWithin(4 * PLACE, SECOND)).isTrue();
        assertThat(turns.inLineWithin(4 * PLACE + 1, SECOND)).isFalse();
        assertThat(turns.inLineWithin(8 * PLACE, 2 * SECOND)).isTrue();
    }

    @Test
    void aQuickerLineIsFollowedAtOnceAndASlowerOneOnlyLittleByLittle() {
        turns.held(SECOND / 10);
        assertThat(turns.inLineWithin(4 * PLACE, SECOND / 2)).as("0.55 s a place after one quick hold").isFalse();
        turns.held(SECOND / 10);
        turns.held(SECOND / 10);
        assertThat(turns.inLineWithin(4 * PLACE, SECOND / 4)).as("about 0.21 s a place after three").isTrue();

        turns.held(10 * SECOND);
        assertThat(turns.inLineWithin(4 * PLACE, SECOND)).as("one slow hold: about 1.2 s a place").isFalse();
        assertThat(turns.inLineWithin(4 * PLACE, 2 * SECOND)).as("not the slow hold's 10 s").isTrue();
    }

    @Test
    void withALeadTheRefusedComeBackThatMuchBeforeTheirTurnToWaitInLine() {
        RetryTurns leading = new RetryTurns(4 * PLACE, 1, 30, SECOND, SECOND);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            answers.add(leading.retryAfter(PLACE, 8 * PLACE, 0));
        }
        // Behind two seconds of line, four places a second: turns end at 2.25 s, 2.5 s, … 5 s.
        assertThat(answers).containsExactly(2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4);
        assertThat(leading.retryAfter(1, 0, 60 * SECOND)).as("never sooner than the range").isEqualTo(1);
    }
}
