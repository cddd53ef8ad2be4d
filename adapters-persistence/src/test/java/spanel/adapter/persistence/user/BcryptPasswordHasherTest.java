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

    @Test
    void phpsBcryptFromAnotherPanelVerifiesAndIsReplacedAtTheNextLogIn() {
        // PHP's password_verify example: "rasmuslerdorf" under $2y$, cost 10.
        String php = "$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a";

        assertThat(hasher.verify("rasmuslerdorf", Optional.of(php))).isTrue();
        assertThat(hasher.verify("rasmuslerdorF", Optional.of(php))).isFalse();
        assertThat(hasher.isOutdated(php)).isTrue();
        assertThat(new BcryptPasswordHasher(11).isOutdated(new BcryptPasswordHasher(11).hash(new Password("fresh password"))))
                .isFalse();
    }

    @Test
    void anImportedDigestIsCheckedByItsTagAndIsOutdated() {
        String bob = "legacy:v2b-md5salt:YWJj:781f3b245b43689b925a337510b43be7";

        assertThat(hasher.verify("secret123", Optional.of(bob))).isTrue();
        assertThat(hasher.verify("secret124", Optional.of(bob))).isFalse();
        assertThat(hasher.verify("secret123", Optional.of("legacy:v2b-crc32::00"))).isFalse();
        assertThat(hasher.isOutdated(bob)).isTrue();
    }

    /**
     * Made by the reference implementation (Debian's argon2 CLI, libargon2), with PHP's defaults for
     * the first two: {@code echo -n rasmuslerdorf | argon2 somesalt1234 -id -t 4 -m 16 -p 1 -e}.
     */
    @Test
    void argon2HashesFromPhpAreCheckedWithTheirOwnParametersAndAreOutdated() {
        String argon2id = "$argon2id$v=19$m=65536,t=4,p=1$c29tZXNhbHQxMjM0$NCL09FRCTPyt0EX/5BafwbdTEjbViDSQ+V3N+TT1tic";
        String argon2i = "$argon2i$v=19$m=65536,t=4,p=1$b3RoZXJzYWx0NTY3$ciPbhVv+QZzAuytOoEeegGGPXrN5MjjNMHDijOA2PcQ";
        String twoLanes = "$argon2id$v=19$m=4096,t=2,p=2$c2FsdHlzYWx0MTIz$HMXJj/uz9WDhgx0NnuMZFwmZ8FNBWwkjTBg+PD2ZHXo";

        assertThat(hasher.verify("rasmuslerdorf", Optional.of(argon2id))).isTrue();
        assertThat(hasher.verify("rasmuslerdorF", Optional.of(argon2id))).isFalse();
        assertThat(hasher.verify("rasmuslerdorf", Optional.of(argon2i))).isTrue();
        assertThat(hasher.verify("rasmuslerdorf", Optional.of(argon2i.replace("argon2i$", "argon2id$")))).as("variant counts")
                .isFalse();
        assertThat(hasher.verify("correct horse", Optional.of(twoLanes))).isTrue();
        assertThat(hasher.verify("correct horse", Optional.of(twoLanes.replace("m=4096", "m=99999999")))).as("out of range")
                .isFalse();
        assertThat(hasher.isOutdated(argon2id)).isTrue();
        assertThat(hasher.isOutdated(argon2i)).isTrue();
    }
}
