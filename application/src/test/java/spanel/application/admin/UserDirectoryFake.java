package spanel.application.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import spanel.application.admin.port.out.UserDirectory;
import spanel.application.user.AccountFakes;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** The admin's views over the accounts kept by {@link AccountFakes.Accounts}, with the schema's unique emails. */
final class UserDirectoryFake implements UserDirectory {

    private final AccountFakes.Accounts accounts;

    UserDirectoryFake(AccountFakes.Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Page<UserAccount> search(Optional<String> emailContains, PageRequest page) {
        List<UserAccount> found = accounts.stored.stream()
                .filter(a -> emailContains.map(q -> a.email().toString().toLowerCase().contains(q.toLowerCase())).orElse(true))
                .sorted(Comparator.comparing(UserAccount::createdAt).thenComparing(a -> a.id().value()).reversed())
                .toList();
        return page(found, page);
    }

    @Override
    public boolean setBanned(UserId user, boolean banned) {
        return replace(user, a -> new UserAccount(a.id(), a.email(), a.money(), a.userClass(), a.classExpire(), a.expireIn(),
                a.transferEnable(), a.upload(), a.download(), a.nodeGroup(), a.credentials(), a.inviteCode(), a.inviter(),
                a.admin(), banned, a.createdAt(), a.speedLimit(), a.deviceLimit()));
    }

    @Override
    public boolean update(UserId user, AccountChanges c) {
        c.email().ifPresent(email -> {
            if (accounts.stored.stream().anyMatch(a -> a.email().equals(email) && !a.id().equals(user))) {
                throw new EmailTaken();
            }
        });
        return replace(user, a -> new UserAccount(a.id(), c.email().orElse(a.email()), a.money(),
                c.userClass().orElse(a.userClass()), c.classExpire().orElse(a.classExpire()), c.expireIn().orElse(a.expireIn()),
                c.transferEnable().orElse(a.transferEnable()), c.resetTraffic() ? Traffic.ZERO : a.upload(),
                c.resetTraffic() ? Traffic.ZERO : a.download(), c.nodeGroup().orElse(a.nodeGroup()),
                a.credentials(), a.inviteCode(), a.inviter(), a.admin(), a.banned(), a.createdAt(),
                c.speedLimit().orElse(a.speedLimit()), c.deviceLimit().orElse(a.deviceLimit())));
    }

    private boolean replace(UserId user, UnaryOperator<UserAccount> change) {
        for (int i = 0; i < accounts.stored.size(); i++) {
            if (accounts.stored.get(i).id().equals(user)) {
                accounts.stored.set(i, change.apply(accounts.stored.get(i)));
                return true;
            }
        }
        return false;
    }

    static <T> Page<T> page(List<T> all, PageRequest page) {
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), all.size(), page);
    }
}
