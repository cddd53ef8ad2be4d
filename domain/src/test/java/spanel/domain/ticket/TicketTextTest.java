package spanel.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketTextTest {

    @Test
    void markupIsKeptAsTheTextItIs() {
        String hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        assertThat(TicketText.subject(hostile)).isEqualTo(hostile);
        assertThat(TicketText.text(hostile + "\nsecond line\tand a tab")).startsWith(hostile);
    }

    @Test
    void aBlankSubjectOrTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> TicketText.subject("  ")).hasMessageStartingWith("subject:");
        assertThatThrownBy(() -> TicketText.text(null)).hasMessageStartingWith("text:");
    }

    @Test
    void lengthsAreCountedInCharactersNotUtf16Units() {
        String emoji = "😀".repeat(TicketText.SUBJECT_MAX);
        assertThat(TicketText.subject(emoji)).isEqualTo(emoji);
        assertThatThrownBy(() -> TicketText.subject(emoji + "x")).hasMessage("subject: at most 120 characters");
        assertThatThrownBy(() -> TicketText.text("a".repeat(TicketText.TEXT_MAX + 1)))
                .hasMessage("text: at most 5000 characters");
    }

    @Test
    void aSubjectIsOneLineAndNoTextHoldsOtherControlCharacters() {
        assertThatThrownBy(() -> TicketText.subject("two\nlines")).hasMessageStartingWith("subject: control characters");
        assertThatThrownBy(() -> TicketText.text("bell\u0007")).hasMessageStartingWith("text: control characters");
        assertThatThrownBy(() -> TicketText.text("escape\u001b[31m")).hasMessageStartingWith("text: control characters");
    }

    @Test
    void staffAnswerATicketAndAUsersReplyOpensIt() {
        assertThat(TicketState.afterReply(true)).isEqualTo(TicketState.ANSWERED);
        assertThat(TicketState.afterReply(false)).isEqualTo(TicketState.OPEN);
        assertThat(TicketState.fromWire("answered")).contains(TicketState.ANSWERED);
        assertThat(TicketState.fromWire("ANSWERED")).isEmpty();
    }
}
