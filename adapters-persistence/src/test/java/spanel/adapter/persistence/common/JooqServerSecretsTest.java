package spanel.adapter.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import spanel.adapter.persistence.testing.PersistenceContractTest;

class JooqServerSecretsTest extends PersistenceContractTest {

    @Test
    void theFirstProposalIsKeptAndLaterOnesAreIgnored() {
        var secrets = new JooqServerSecrets(dsl());

        String first = secrets.getOrCreate("kept", () -> "first");
        String second = secrets.getOrCreate("kept", () -> "second");

        assertThat(first).isEqualTo("first");
        assertThat(second).isEqualTo("first");
    }

    @Test
    void eachNameHasItsOwnSecret() {
        var secrets = new JooqServerSecrets(dsl());

        secrets.getOrCreate("one", () -> "a");

        assertThat(secrets.getOrCreate("two", () -> "b")).isEqualTo("b");
    }

    @Test
    void instancesRacingToCreateTheSecretAllGetTheWinnersValue() throws Exception {
        var secrets = new JooqServerSecrets(dsl());
        int racers = 16;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                String proposal = "proposal-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return secrets.getOrCreate("raced", () -> proposal);
                }));
            }
            start.countDown();
            Set<String> seen = new HashSet<>();
            for (Future<String> answer : answers) {
                seen.add(answer.get());
            }
            assertThat(seen).hasSize(1);
            assertThat(seen.iterator().next()).startsWith("proposal-");
        }
    }
}
