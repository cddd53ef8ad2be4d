package spanel.adapter.persistence.user;

import static spanel.adapter.persistence.generated.Tables.USERS;

import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import spanel.adapter.persistence.support.Constraints;
import spanel.adapter.persistence.support.Ports;
import spanel.adapter.persistence.support.Times;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.NewAccount;
import spanel.domain.user.StoredLogin;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

public final class JooqUserAccounts implements UserAccounts {

    private final DSLContext dsl;

    public JooqUserAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public UserId add(NewAccount account) {
        try {
            return new UserId(dsl.insertInto(USERS)
                    .set(USERS.EMAIL, account.email().value())
                    .set(USERS.PASSWORD_HASH, account.passwordHash())
                    .set(USERS.CLASS, account.defaults().userClass())
                    .set(USERS.CLASS_EXPIRE, Times.utc(account.expiresAt()))
                    .set(USERS.EXPIRE_IN, Times.utc(account.expiresAt()))
                    .set(USERS.TRANSFER_ENABLE, account.defaults().traffic().bytes())
                    .set(USERS.NODE_GROUP, account.defaults().nodeGroup())
                    .set(USERS.PASSWD, account.credentials().passwd())
                    .set(USERS.PORT, Ports.column(account.credentials().port()))
                    .set(USERS.UUID, account.credentials().uuid())
                    .set(USERS.METHOD, account.credentials().method())
                    .set(USERS.INVITE_CODE, account.inviteCode())
                    .set(USERS.INVITER_ID, account.inviter().map(UserId::value).orElse(null))
                    .set(USERS.IS_ADMIN, account.admin())
                    .set(USERS.CREATED_AT, Times.utc(account.createdAt()))
                    .returning(USERS.ID)
                    .fetchOne(USERS.ID));
        } catch (DataAccessException e) {
            if (Constraints.isUniqueViolation(e, "users_email_key")) {
                throw new EmailTaken();
            }
            for (String credential : new String[] {"users_port_key", "users_uuid_key", "users_invite_code_key"}) {
                if (Constraints.isUniqueViolation(e, credential)) {
                    throw new CredentialsTaken(credential);
                }
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredLogin> findLogin(Email email) {
        return dsl.select(USERS.ID, USERS.PASSWORD_HASH, USERS.BANNED, USERS.LOGIN_UNLOCKS)
                .from(USERS)
                .where(USERS.EMAIL.eq(email.value()))
                .fetchOptional(r -> new StoredLogin(new UserId(r.value1()), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public Optional<UserId> unlockLogIns(Email email) {
        int changed = dsl.update(USERS).set(USERS.LOGIN_UNLOCKS, USERS.LOGIN_UNLOCKS.plus(1))
                .where(USERS.EMAIL.eq(email.value())).execute();
        return changed == 0 ? Optional.empty()
                : dsl.select(USERS.ID).from(USERS).where(USERS.EMAIL.eq(email.value())).fetchOptional(r -> new UserId(r.value1()));
    }

    @Override
    public Optional<UserAccount> find(UserId id) {
        return dsl.selectFrom(USERS).where(USERS.ID.eq(id.value())).fetchOptional(UserRows::toAccount);
    }

    @Override
    public Optional<UserId> findByInviteCode(String inviteCode) {
        return dsl.select(USERS.ID).from(USERS).where(USERS.INVITE_CODE.eq(inviteCode)).fetchOptional(r -> new UserId(r.value1()));
    }

    @Override
    public Optional<String> passwordHashOf(UserId id) {
        return dsl.select(USERS.PASSWORD_HASH).from(USERS).where(USERS.ID.eq(id.value())).fetchOptional(r -> r.value1());
    }

    @Override
    public boolean replacePasswordHash(UserId id, String passwordHash) {
        return dsl.update(USERS).set(USERS.PASSWORD_HASH, passwordHash).where(USERS.ID.eq(id.value())).execute() == 1;
    }

    @Override
    public Optional<Traffic> addToQuota(UserId id, Traffic bonus) {
        int updated = dsl.update(USERS)
                .set(USERS.TRANSFER_ENABLE, USERS.TRANSFER_ENABLE.plus(bonus.bytes()))
                .where(USERS.ID.eq(id.value()))
                .and(USERS.TRANSFER_ENABLE.le(Long.MAX_VALUE - bonus.bytes()))
                .execute();
        if (updated == 0) {
            return Optional.empty();
        }
        return Optional.of(Traffic.ofBytes(dsl.select(USERS.TRANSFER_ENABLE).from(USERS).where(USERS.ID.eq(id.value()))
                .fetchSingle(USERS.TRANSFER_ENABLE)));
    }
}
