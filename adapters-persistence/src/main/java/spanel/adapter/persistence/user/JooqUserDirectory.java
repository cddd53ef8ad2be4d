package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import spanel.adapter.persistence.support.Constraints;
import spanel.adapter.persistence.support.Times;
import spanel.application.admin.port.out.UserDirectory;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.user.AccountChanges;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

public final class JooqUserDirectory implements UserDirectory {

    private final DSLContext dsl;

    public JooqUserDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Page<UserAccount> search(Optional<String> emailContains, PageRequest page) {
        // Emails are stored in lower case; contains() escapes % and _ in the search text.
        Condition matches = emailContains
                .map(q -> USERS.EMAIL.contains(q.toLowerCase(Locale.ROOT)))
                .orElse(DSL.noCondition());
        int total = dsl.fetchCount(USERS, matches);
        var items = dsl.selectFrom(USERS).where(matches).orderBy(USERS.ID.desc())
                .limit(page.size()).offset(page.offset())
                .fetch(UserRows::toAccount);
        return new Page<>(items, Math.max(total, items.size()), page);
    }

    @Override
    public boolean setBanned(UserId user, boolean banned) {
        return dsl.update(USERS).set(USERS.BANNED, banned).where(USERS.ID.eq(user.value())).execute() == 1;
    }

    @Override
    public boolean update(UserId user, AccountChanges changes) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        changes.userClass().ifPresent(v -> values.put(USERS.CLASS, v));
        changes.classExpire().ifPresent(v -> values.put(USERS.CLASS_EXPIRE, Times.utc(v)));
        changes.expireIn().ifPresent(v -> values.put(USERS.EXPIRE_IN, Times.utc(v)));
        changes.transferEnable().ifPresent(v -> values.put(USERS.TRANSFER_ENABLE, v.bytes()));
        if (changes.resetTraffic()) {
            values.put(USERS.U, 0L);
            values.put(USERS.D, 0L);
        }
        changes.nodeGroup().ifPresent(v -> values.put(USERS.NODE_GROUP, v));
        changes.speedLimit().ifPresent(v -> values.put(USERS.NODE_SPEEDLIMIT, v));
        changes.deviceLimit().ifPresent(v -> values.put(USERS.NODE_IPLIMIT, v));
        changes.email().ifPresent(v -> values.put(USERS.EMAIL, v.value()));
        try {
            return dsl.update(USERS).set(values).where(USERS.ID.eq(user.value())).execute() == 1;
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e, "users_email_key")) {
                throw new EmailTaken();
            }
            throw e;
        }
    }
}
