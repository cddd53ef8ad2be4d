package spanel.adapter.http.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/**
 * An account on the wire: money as a two-decimal string, times in Unix seconds (created_at in
 * ISO-8601). The proxy password is shown to its owner only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountView(
        long id,
        String email,
        String money,
        @JsonProperty("class") int userClass,
        long classExpire,
        long expireIn,
        long transferEnable,
        long u,
        long d,
        int nodeGroup,
        int port,
        String passwd,
        String uuid,
        String method,
        String inviteCode,
        Long inviterId,
        boolean isAdmin,
        boolean banned,
        String createdAt,
        int nodeSpeedlimit,
        int nodeIplimit) {

    public static AccountView forOwner(UserAccount account) {
        return of(account, account.credentials().passwd());
    }

    public static AccountView forAdmin(UserAccount account) {
        return of(account, null);
    }

    private static AccountView of(UserAccount a, String passwd) {
        return new AccountView(a.id().value(), a.email().value(), a.money().toDecimalString(), a.userClass(),
                a.classExpire().getEpochSecond(), a.expireIn().getEpochSecond(), a.transferEnable().bytes(),
                a.upload().bytes(), a.download().bytes(), a.nodeGroup(), a.credentials().port(), passwd,
                a.credentials().uuid(), a.credentials().method(), a.inviteCode(),
                a.inviter().map(UserId::value).orElse(null), a.admin(), a.banned(), a.createdAt().toString(),
                a.speedLimit(), a.deviceLimit());
    }
}
