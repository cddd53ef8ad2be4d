package spanel.adapter.persistence.user;

import java.util.Optional;
import spanel.adapter.persistence.generated.tables.records.UsersRecord;
import spanel.adapter.persistence.support.Ports;
import spanel.adapter.persistence.support.Times;
import spanel.domain.money.Money;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Email;
import spanel.domain.user.ProxyCredentials;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** A users row as the domain's account. */
final class UserRows {

    private UserRows() {
    }

    static UserAccount toAccount(UsersRecord row) {
        return new UserAccount(
                new UserId(row.getId()),
                new Email(row.getEmail()),
                Money.ofFen(row.getMoney()),
                row.getClass_(),
                Times.instant(row.getClassExpire()),
                Times.instant(row.getExpireIn()),
                Traffic.ofBytes(row.getTransferEnable()),
                Traffic.ofBytes(row.getU()),
                Traffic.ofBytes(row.getD()),
                row.getNodeGroup(),
                new ProxyCredentials(row.getPasswd(), Ports.of(row.getPort()), row.getUuid(), row.getMethod()),
                row.getInviteCode(),
                Optional.ofNullable(row.getInviterId()).map(UserId::new),
                row.getIsAdmin(),
                row.getBanned(),
                Times.instant(row.getCreatedAt()),
                row.getNodeSpeedlimit(),
                row.getNodeIplimit());
    }
}
