package spanel.application.user;

import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import spanel.application.common.port.out.ServerSecrets;
import spanel.application.user.port.out.SubscriptionTokens;
import spanel.domain.error.NotFound;
import spanel.domain.user.SubscriptionToken;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserId;

/**
 * Subscription tokens and URLs. A user's token is derived from the server key, their id and their
 * rotation generation, so it can be shown at any time without being stored; only its hash is kept,
 * to find the user again. Every instance reads the same key from the database.
 */
public final class SubscriptionLinks {

    /** The name the derivation key is stored under in the server secrets. */
    static final String KEY_NAME = "subscription-token-key";
    private static final String PATH = "/sub/";
    /** Derived for a miss, so that a miss does the same work as a hit. */
    private static final long DECOY_USER = -1;

    private final ServerSecrets secrets;
    private final SubscriptionTokens tokens;
    private final String publicUrl;
    private final RandomGenerator secureRandom;
    private volatile byte[] key;

    public SubscriptionLinks(ServerSecrets secrets, SubscriptionTokens tokens, String publicUrl, RandomGenerator secureRandom) {
        this.secrets = Objects.requireNonNull(secrets);
        this.tokens = Objects.requireNonNull(tokens);
        Objects.requireNonNull(publicUrl, "publicUrl");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.secureRandom = Objects.requireNonNull(secureRandom);
    }

    /** The user's current URL; its hash is stored the first time it is shown. */
    public String urlOf(UserId user) {
        SubscriptionTokens.Standing standing = tokens.standing(user).orElseThrow(() -> new NotFound("no user " + user));
        SubscriptionToken token = tokenOf(user, standing.generation());
        if (!standing.hashStored()) {
            tokens.storeHash(user, standing.generation(), token.hash());
        }
        return url(token);
    }

    /**
     * Replaces the user's token at once and returns the new URL; run it in a transaction, which
     * keeps the user's row locked until it commits, so racing rotations leave one live token.
     */
    String rotate(UserId user) {
        long generation = tokens.advance(user).orElseThrow(() -> new NotFound("no user " + user));
        SubscriptionToken token = tokenOf(user, generation);
        tokens.storeHash(user, generation, token.hash());
        return url(token);
    }

    /**
     * Whose live token this is. A hash that names nobody, or a token that is not the one derived
     * for the user's stored generation, is a miss; both do the same work as a hit.
     */
    Optional<UserId> holderOf(SubscriptionToken presented) {
        Optional<SubscriptionTokens.Holder> holder = tokens.holderOf(presented.hash());
        SubscriptionToken expected = holder
                .map(h -> SubscriptionToken.derive(key(), h.user().value(), h.generation()))
                .orElseGet(() -> SubscriptionToken.derive(key(), DECOY_USER, 0));
        boolean matches = expected.matches(presented);
        return holder.filter(h -> matches).map(SubscriptionTokens.Holder::user);
    }

    /** Whose old panel's token this is: imported users' clients keep the address they had. */
    Optional<UserId> legacyHolderOf(String presented) {
        return tokens.legacyHolderOf(TokenHash.of(presented));
    }

    private SubscriptionToken tokenOf(UserId user, long generation) {
        return SubscriptionToken.derive(key(), user.value(), generation);
    }

    private String url(SubscriptionToken token) {
        return publicUrl + PATH + token.value();
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            String stored = secrets.getOrCreate(KEY_NAME, () -> {
                byte[] fresh = new byte[SubscriptionToken.MIN_KEY_BYTES];
                secureRandom.nextBytes(fresh);
                return Base64.getEncoder().encodeToString(fresh);
            });
            known = Base64.getDecoder().decode(stored);
            key = known;
        }
        return known;
    }
}
