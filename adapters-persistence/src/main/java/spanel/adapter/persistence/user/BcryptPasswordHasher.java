package spanel.adapter.persistence.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import spanel.application.user.port.out.PasswordHasher;
import spanel.domain.user.Argon2Hash;
import spanel.domain.user.LegacyPasswordHash;
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
        Optional<LegacyPasswordHash> legacy = storedHash.flatMap(LegacyPasswordHash::parse);
        Optional<Argon2Hash> argon2 = storedHash.flatMap(Argon2Hash::parse);
        boolean bcryptStored = storedHash
                .filter(stored -> !LegacyPasswordHash.isLegacy(stored) && !Argon2Hash.isArgon2(stored)).isPresent();
        // An imported digest is checked as its panel checked it, after a decoy check that keeps the time.
        String hash = bcryptStored ? storedHash.get() : decoy;
        boolean verified = BCrypt.verifyer().verify((checkable ? candidate : "x").toCharArray(), hash).verified;
        if (legacy.isPresent()) {
            return legacy.get().matches(candidate);
        }
        if (argon2.isPresent()) {
            return Argon2Check.matches(argon2.get(), candidate);
        }
        return verified && checkable && bcryptStored;
    }

    /** Imported hashes (other panels' digests, Argon2, PHP's cost-10 {@code $2y$}) are replaced on the next log-in. */
    @Override
    public boolean isOutdated(String storedHash) {
        if (LegacyPasswordHash.isLegacy(storedHash) || Argon2Hash.isArgon2(storedHash) || storedHash.startsWith("$2y$")) {
            return true;
        }
        String[] parts = storedHash.split("\\$");
        return parts.length > 2 && parts[2].chars().allMatch(Character::isDigit) && Integer.parseInt(parts[2]) < cost;
    }
}
