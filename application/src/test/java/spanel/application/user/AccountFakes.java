package spanel.application.user;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import spanel.application.user.port.out.AccessTokens;
import spanel.application.user.port.out.AttemptLimiter;
import spanel.application.user.port.out.Checkins;
import spanel.application.user.port.out.KnownAddresses;
import spanel.application.user.port.out.Mailer;
import spanel.application.user.port.out.PasswordResets;
import spanel.application.user.port.out.PasswordHasher;
import spanel.application.common.port.out.ServerSecrets;
import spanel.application.user.port.out.UserAccounts;
import spanel.domain.money.Money;
import spanel.domain.traffic.Traffic;
import spanel.domain.user.Attempts;
import spanel.domain.user.Caller;
import spanel.domain.user.Email;
import spanel.domain.user.EmailTaken;
import spanel.domain.user.NewAccount;
import spanel.domain.user.Password;
import spanel.domain.user.StoredLogin;
import spanel.domain.user.TokenHash;
import spanel.domain.user.UserAccount;
import spanel.domain.user.UserId;

/** Hand-written in-memory stand-ins for the account ports, with the same uniqueness rules as the schema. */
public final class AccountFakes {

    private AccountFakes() {
    }

    /** Accounts kept in a list; emails, ports and invite codes unique as in the database. */
    public static final class Accounts implements UserAccounts {

        public final List<UserAccount> stored = new ArrayList<>();
        public final Set<Integer> takenPorts = ConcurrentHashMap.newKeySet();
        final Map<UserId, String> hashes = new HashMap<>();
        final Set<UserId> banned = ConcurrentHashMap.newKeySet();
        final Map<UserId, Long> unlocks = new HashMap<>();

        @Override
        public UserId add(NewAccount account) {
            if (stored.stream().anyMatch(a -> a.email().equals(account.email()))) {
                throw new EmailTaken();
            }
            if (account.credentials().port().isPresent() && !takenPorts.add(account.credentials().port().getAsInt())) {
                throw new CredentialsTaken("users_port_key");
            }
            UserId id = new UserId(stored.size() + 1L);
            stored.add(new UserAccount(id, account.email(), Money.ZERO, account.defaults().userClass(), account.expiresAt(),
                    account.expiresAt(), account.defaults().traffic(), Traffic.ZERO, Traffic.ZERO, account.defaults().nodeGroup(),
                    account.credentials(), account.inviteCode(), account.inviter(), account.admin(), false, account.createdAt(), 0, 0));
            hashes.put(id, account.passwordHash());
            return id;
        }

        public void ban(UserId id) {
            banned.add(id);
        }

        @Override
        public Optional<StoredLogin> findLogin(Email email) {
            return stored.stream().filter(a -> a.email().equals(email)).findFirst()
                    .map(a -> new StoredLogin(a.id(), hashes.get(a.id()), banned.contains(a.id()), unlocks.getOrDefault(a.id(), 0L)));
        }

        @Override
        public Optional<UserId> unlockLogIns(Email email) {
            Optional<UserId> user = stored.stream().filter(a -> a.email().equals(email)).map(UserAccount::id).findFirst();
            user.ifPresent(id -> unlocks.merge(id, 1L, Long::sum));
            return user;
        }

        @Override
        public Optional<UserAccount> find(UserId id) {
            return stored.stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public Optional<UserId> findByInviteCode(String inviteCode) {
            return stored.stream().filter(a -> a.inviteCode().equals(inviteCode)).map(UserAccount::id).findFirst();
        }

        @Override
        public Optional<String> passwordHashOf(UserId id) {
            return Optional.ofNullable(hashes.get(id));
        }

        @Override
        public boolean replacePasswordHash(UserId id, String passwordHash) {
            return hashes.replace(id, passwordHash) != null;
        }

        @Override
        public Optional<Traffic> addToQuota(UserId id, Traffic bonus) {
            for (int i = 0; i < stored.size(); i++) {
                UserAccount a = stored.get(i);
                if (a.id().equals(id)) {
                    Traffic quota = a.transferEnable().plus(bonus);
                    stored.set(i, new UserAccount(a.id(), a.email(), a.money(), a.userClass(), a.classExpire(),
                            a.expireIn(), quota, a.upload(), a.download(), a.nodeGroup(), a.credentials(), a.inviteCode(),
                            a.inviter(), a.admin(), a.banned(), a.createdAt(), a.speedLimit(), a.deviceLimit()));
                    return Optional.of(quota);
                }
            }
            return Optional.empty();
        }
    }

    /** Tokens by hash, with their holder and expiry. */
    public static final class Tokens implements AccessTokens {

        public record Issued(UserId holder, Instant expiresAt) {
        }

        public final Map<TokenHash, Issued> issued = new HashMap<>();
        private final Accounts accounts;

        public Tokens(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        public void issue(TokenHash token, UserId holder, Instant expiresAt, Instant now) {
            issued.put(token, new Issued(holder, expiresAt));
        }

        @Override
        public Optional<Caller> findLiveHolder(TokenHash token, Instant now) {
            return Optional.ofNullable(issued.get(token))
                    .filter(i -> now.isBefore(i.expiresAt()) && !accounts.banned.contains(i.holder()))
                    .flatMap(i -> accounts.find(i.holder()))
                    .map(a -> new Caller(a.id(), a.admin()));
        }

        @Override
        public boolean revoke(TokenHash token) {
            return issued.remove(token) != null;
        }

        @Override
        public int revokeAllOf(UserId holder) {
            int before = issued.size();
            issued.values().removeIf(i -> i.holder().equals(holder));
            return before - issued.size();
        }

        @Override
        public int revokeAllOfExcept(UserId holder, TokenHash kept) {
            int before = issued.size();
            issued.entrySet().removeIf(e -> e.getValue().holder().equals(holder) && !e.getKey().equals(kept));
            return before - issued.size();
        }
    }

    /** Reset links by hash; a claim removes the link. */
    public static final class Resets implements PasswordResets {

        public record Link(UserId user, Instant expiresAt) {
        }

        public final Map<TokenHash, Link> links = new HashMap<>();

        @Override
        public void add(TokenHash token, UserId user, Instant expiresAt, Instant now) {
            links.values().removeIf(link -> !now.isBefore(link.expiresAt()));
            links.put(token, new Link(user, expiresAt));
        }

        @Override
        public Optional<UserId> claim(TokenHash token, Instant now) {
            Link link = links.get(token);
            if (link == null || !now.isBefore(link.expiresAt())) {
                return Optional.empty();
            }
            links.remove(token);
            return Optional.of(link.user());
        }

        @Override
        public int dropAllOf(UserId user) {
            int before = links.size();
            links.values().removeIf(link -> link.user().equals(user));
            return before - links.size();
        }
    }

    /** Keeps every mail it is given. */
    public static final class Outbox implements Mailer {

        public record Sent(Email to, String subject, String text) {
        }

        public final List<Sent> sent = new ArrayList<>();

        @Override
        public void send(Email to, String subject, String text) {
            sent.add(new Sent(to, subject, text));
        }
    }

    /** One check-in per user and day, as the unique row keeps it. */
    public static final class CheckinBook implements Checkins {

        public final Set<String> days = new HashSet<>();

        @Override
        public boolean record(UserId user, LocalDate day, Traffic bonus, Instant at) {
            return days.add(user + "@" + day);
        }
    }

    /** "Hashes" by prefixing; counts checks, and how many were against no account. */
    public static final class Hasher implements PasswordHasher {

        public int checks;
        public int checksWithoutAccount;

        @Override
        public String hash(Password password) {
            return "hashed:" + password.value();
        }

        @Override
        public boolean verify(String candidate, Optional<String> storedHash) {
            checks++;
            if (storedHash.isEmpty()) {
                checksWithoutAccount++;
            }
            return storedHash.map(h -> h.equals("hashed:" + candidate) || h.equals("imported:" + candidate)).orElse(false);
        }

        /** "imported:" hashes stand for another panel's formats, replaced at the next log-in. */
        @Override
        public boolean isOutdated(String storedHash) {
            return storedHash.startsWith("imported:");
        }
    }

    /** Counts per key without windows ending: enough for services, whose windows the adapters test. */
    public static class Limiter implements AttemptLimiter {

        public final Map<String, Long> counts = new HashMap<>();

        @Override
        public Attempts record(String key, Duration window) {
            return new Attempts(counts.merge(key, 1L, Long::sum), Duration.ofSeconds(30));
        }

        @Override
        public Attempts peek(String key) {
            Long count = counts.get(key);
            return count == null ? Attempts.NONE : new Attempts(count, Duration.ofSeconds(30));
        }
    }

    /** Known addresses per user, with when each last logged in. */
    public static final class Addresses implements KnownAddresses {

        public final Map<UserId, Map<String, Instant>> known = new HashMap<>();

        @Override
        public boolean isKnown(UserId user, String address, Instant now) {
            Instant last = known.getOrDefault(user, Map.of()).get(address);
            return last != null && last.isAfter(now.minus(KEPT_FOR));
        }

        @Override
        public void remember(UserId user, String address, Instant now) {
            known.computeIfAbsent(user, u -> new HashMap<>()).put(address, now);
        }
    }

    /** Server secrets in a map, counting how many were created. */
    public static final class Secrets implements ServerSecrets {

        final Map<String, String> stored = new HashMap<>();
        int created;

        @Override
        public String getOrCreate(String name, Supplier<String> proposal) {
            return stored.computeIfAbsent(name, n -> {
                created++;
                return proposal.get();
            });
        }
    }
}
