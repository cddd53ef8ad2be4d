package spanel.application.user.port.in;

import spanel.domain.user.UserId;

/** Whose password changed, and how many of their tokens stopped working with it. */
public record PasswordChanged(UserId user, int signedOut) {
}
