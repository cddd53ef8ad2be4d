package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.testing.SomeAccounts.named;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;
import spanel.domain.page.PageRequest;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

class JooqUserDirectoryTest extends PersistenceContractTest {

    private JooqUserDirectory directory() {
        return new JooqUserDirectory(dsl());
    }

    @Test
    void aSearchMatchesPartOfTheEmailInAnyCaseAndPagesNewestFirst() {
        String tag = "find" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 5; i++) {
            new JooqUserAccounts(dsl()).add(named(tag + i + "@example.com"));
        }

        var first = directory().search(Optional.of(tag.toUpperCase()), new PageRequest(1, 2));
        var third = directory().search(Optional.of(tag), new PageRequest(3, 2));

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.items()).extracting(a -> a.email().value()).containsExactly(tag + "5@example.com", tag + "4@example.com");
        assertThat(third.items()).extracting(a -> a.email().value()).containsExactly(tag + "1@example.com");
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        new JooqUserAccounts(dsl()).add(named("plain" + UUID.randomUUID().toString().substring(0, 6) + "@example.com"));

        assertThat(directory().search(Optional.of("%"), new PageRequest(1, 10)).total()).isZero();
        assertThat(directory().search(Optional.empty(), new PageRequest(1, 10)).total()).isPositive();
    }

    @Test
    void banningAndUnbanningChangeTheFlagAndAnUnknownUserIsReported() {
        UserId user = new JooqUserAccounts(dsl()).add(named("ban" + UUID.randomUUID().toString().substring(0, 6) + "@example.com"));

        assertThat(directory().setBanned(user, true)).isTrue();
        assertThat(new JooqUserAccounts(dsl()).find(user).map(UserAccount::banned)).contains(true);
        assertThat(directory().setBanned(user, false)).isTrue();
        assertThat(new JooqUserAccounts(dsl()).find(user).map(UserAccount::banned)).contains(false);
        assertThat(directory().setBanned(new UserId(999_999), true)).isFalse();
    }
}
