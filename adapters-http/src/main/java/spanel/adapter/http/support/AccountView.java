package spanel.adapter.http.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/**
 * An account on the wire: money as a two-decimal string, times in Unix seconds (created_at in
 * ISO-8601). The proxy password and the subscription URL are shown to their owner only.
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
        Integer port,
        String passwd,
        String uuid,
        String method,
        String inviteCode,
        Long inviterId,
        boolean isAdmin,
        boolean banned,
        String createdAt,
        int nodeSpeedlimit,
        int nodeIplimit,
        String subscriptionUrl,
        Long nextTrafficReset) {

    /** The owner also sees the proxy password, the subscription URL and when used traffic next resets (if it does). */
    public static AccountView forOwner(UserAccount account, String subscriptionUrl, Optional<Instant> nextTrafficReset) {
        return of(account, account.credentials().passwd(), subscriptionUrl,
                nextTrafficReset.map(Instant::getEpochSecond).orElse(null));
    }

    public static AccountView forAdmin(UserAccount account) {
        return of(account, null, null, null);
    }

    private static AccountView of(UserAccount a, String passwd, String subscriptionUrl, Long nextTrafficReset) {
        return new AccountView(a.id().value(), a.email().value(), a.money().toDecimalString(), a.userClass(),
                a.classExpire().getEpochSecond(), a.expireIn().getEpochSecond(), a.transferEnable().bytes(),
                a.upload().bytes(), a.download().bytes(), a.nodeGroup(),
                a.credentials().port().isPresent() ? a.credentials().port().getAsInt() : null, passwd,
                a.credentials().uuid(), a.credentials().method(), a.inviteCode(),
                a.inviter().map(UserId::value).orElse(null), a.admin(), a.banned(), a.createdAt().toString(),
                a.speedLimit(), a.deviceLimit(),
                subscriptionUrl, nextTrafficReset);
    }
}
