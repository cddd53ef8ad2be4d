package spanel.application.user;

import java.time.Clock;
import java.util.Objects;
import spanel.application.user.port.in.Authenticate;
import spanel.application.user.port.out.AccessTokens;
import spanel.domain.error.Unauthorized;
import spanel.domain.user.Caller;

/** Nothing is cached: every request reads the token and its holder from the database. */
public final class AuthenticateService implements Authenticate {

    private final AccessTokens tokens;
    private final Clock clock;

    public AuthenticateService(AccessTokens tokens, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Caller authenticate(Command command) {
        return tokens.findLiveHolder(command.token().hash(), clock.instant())
                .orElseThrow(() -> new Unauthorized("the access token is unknown, expired or revoked"));
    }
}
