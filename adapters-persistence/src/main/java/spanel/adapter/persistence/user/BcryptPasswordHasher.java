package spanel.adapter.persistence.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import spanel.application.user.port.out.PasswordHasher;
import spanel.domain.user.Password;

/**
 * Passwords are stored as bcrypt hashes (the stored form of a credential, hence this module).
 * A candidate checked against no account is checked against a decoy hash of the same cost, so an
 * unknown email costs the same time as a wrong password.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    /** The production cost: about a tenth of a second per check on a small server. */
    public static final int DEFAULT_COST = 11;

    private final int cost;
    private final String decoy;

    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
        this.decoy = BCrypt.withDefaults().hashToString(cost, "decoy password that nobody has".toCharArray());
    }

    @Override
    public String hash(Password password) {
        return BCrypt.withDefaults().hashToString(cost, password.value().toCharArray());
    }

    @Override
    public boolean verify(String candidate, Optional<String> storedHash) {
        // bcrypt reads at most 72 bytes; a longer candidate can match no stored password.
        boolean checkable = candidate.getBytes(StandardCharsets.UTF_8).length <= Password.MAX_BYTES;
        String hash = storedHash.orElse(decoy);
        boolean verified = BCrypt.verifyer().verify((checkable ? candidate : "x").toCharArray(), hash).verified;
        return verified && checkable && storedHash.isPresent();
    }
}
