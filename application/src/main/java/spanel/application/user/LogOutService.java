package spanel.application.user;

import java.util.Objects;
import spanel.application.user.port.in.LogOut;
import spanel.application.user.port.out.AccessTokens;

public final class LogOutService implements LogOut {

    private final AccessTokens tokens;

    public LogOutService(AccessTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens);
    }

    @Override
    public LoggedOut logOut(Command command) {
        return new LoggedOut(tokens.revoke(command.token().hash()));
    }
}
