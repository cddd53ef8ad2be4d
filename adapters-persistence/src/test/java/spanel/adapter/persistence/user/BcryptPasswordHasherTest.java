package spanel.adapter.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.domain.user.Password;

class BcryptPasswordHasherTest {

    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void theRightPasswordMatchesItsHashAndAWrongOneDoesNot() {
        String hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash).startsWith("$2a$04$").doesNotContain("correct horse");
        assertThat(hasher.verify("correct horse battery", Optional.of(hash))).isTrue();
        assertThat(hasher.verify("correct horse batterx", Optional.of(hash))).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash(new Password("same password"))).isNotEqualTo(hasher.hash(new Password("same password")));
    }

    @Test
    void withNoStoredHashNothingMatchesNotEvenTheDecoysOwnPassword() {
        assertThat(hasher.verify("decoy password that nobody has", Optional.empty())).isFalse();
        assertThat(hasher.verify("anything at all", Optional.empty())).isFalse();
    }

    @Test
    void aCandidateLongerThanBcryptReadsMatchesNothing() {
        String hash = hasher.hash(new Password("x".repeat(72)));

        assertThat(hasher.verify("x".repeat(73), Optional.of(hash))).isFalse();
        assertThat(hasher.verify("x".repeat(72), Optional.of(hash))).isTrue();
    }
}
