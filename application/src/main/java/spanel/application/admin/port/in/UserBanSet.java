package spanel.application.admin.port.in;

import spanel.domain.user.UserId;

public record UserBanSet(UserId user, boolean banned) {
}
