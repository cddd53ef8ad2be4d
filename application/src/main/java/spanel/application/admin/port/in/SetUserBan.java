package spanel.application.admin.port.in;

/**
 * An admin bans a user, or lifts the ban. A banned user's tokens stop working on their next
 * request, because every request reads the account afresh; nothing needs revoking.
 */
public interface SetUserBan {

    UserBanSet set(SetUserBanCommand command);
}
