package spanel.application.user.port.in;

/** Whether the token was still there to revoke. */
public record LoggedOut(boolean revoked) {
}
