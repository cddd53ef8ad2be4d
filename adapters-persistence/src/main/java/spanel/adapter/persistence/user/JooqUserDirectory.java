package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import spanel.application.admin.port.out.UserDirectory;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
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
}
