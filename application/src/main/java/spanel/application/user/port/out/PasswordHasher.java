package spanel.application.user.port.out;

import java.util.Optional;
import spanel.domain.user.Password;

/** Turns passwords into slow, salted hashes and checks candidates against them. */
public interface PasswordHasher {

    String hash(Password password);

    /**
     * Whether the candidate matches the stored hash. With no stored hash (an unknown email) it
     * still does the work of a check, against a decoy, and answers false: both answers take as long.
     */
    boolean verify(String candidate, Optional<String> storedHash);

    /** Whether a stored hash that just verified should be replaced by a fresh {@link #hash}: an imported one. */
    default boolean isOutdated(String storedHash) {
        return false;
    }
}
