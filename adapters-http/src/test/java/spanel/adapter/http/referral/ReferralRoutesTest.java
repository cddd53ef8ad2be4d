package spanel.adapter.http.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.in.ReferralQueries;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.in.WithdrawCommission;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.page.PageRequest;
import spanel.domain.referral.Commission;
import spanel.domain.referral.CommissionRefused;
import spanel.domain.referral.Invite;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

class ReferralRoutesTest extends RouteTest {

    private static final String API = "/app/api/v0";
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static Withdrawal withdrawal(long id, WithdrawalStatus status) {
        return new Withdrawal(new WithdrawalId(id), new UserId(7), Money.ofFen(2_000), "alipay", HOSTILE, status, AT,
                status == WithdrawalStatus.PENDING ? Optional.empty() : Optional.of(AT.plusSeconds(60)),
                status == WithdrawalStatus.PENDING ? Optional.empty() : Optional.of(new UserId(1)), "");
    }

    private ReferralQueries queries(Invite invite, AtomicReference<Object> seen) {
        return new ReferralQueries() {
            @Override
            public Invite invite(UserId user) {
                seen.set(user);
                return invite;
            }

            @Override
            public Page<Commission> commissions(Optional<UserId> inviter, Optional<UserId> invitee, PageRequest page) {
                seen.set(List.of(inviter, invitee));
                return new Page<>(List.of(new Commission(3, new UserId(7), new UserId(8), spanel.domain.payment.OrderId.of(11),
                        Money.ofFen(150), AT)), 1, page);
            }

            @Override
            public Page<Withdrawal> withdrawals(Optional<WithdrawalStatus> status, Optional<UserId> user, PageRequest page) {
                seen.set(List.of(status, user));
                return new Page<>(List.of(withdrawal(5, WithdrawalStatus.PENDING)), 1, page);
            }
        };
    }

    @Test
    void theInviterSeesTheCodeInviteesAndCommission() {
        AtomicReference<Object> seen = new AtomicReference<>();
        useCases.referralQueries = queries(new Invite(new UserId(7), "code16characters", 3, Money.ofFen(1_234),
                Money.ofFen(234)), seen);

        TestHttp.Reply reply = http().get(API + "/user/invite", bearer(USER_TOKEN));
        TestHttp.Reply mine = http().get(API + "/user/commissions", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var data = reply.json().get("data");
        assertThat(data.get("invite_code").asText()).isEqualTo("code16characters");
        assertThat(data.get("invitees").asLong()).isEqualTo(3);
        assertThat(data.get("commission_earned").asText()).isEqualTo("12.34");
        assertThat(data.get("commission_balance").asText()).isEqualTo("2.34");
        assertThat(mine.json().get("data").get("commissions").get(0).get("order_id").asLong()).isEqualTo(11);
        assertThat(seen.get()).isEqualTo(List.of(Optional.of(new UserId(7)), Optional.empty()));
    }

    @Test
    void anAdminSeesAnyUsersFiguresAndAUserNone() {
        AtomicReference<Object> seen = new AtomicReference<>();
        useCases.referralQueries = queries(new Invite(new UserId(9), "c", 0, Money.ZERO, Money.ofFen(5)), seen);

        TestHttp.Reply reply = http().get(API + "/admin/users/9/invite", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new UserId(9));
        assertThat(reply.json().get("data").get("commission_balance").asText()).isEqualTo("0.05");
        assertRefused(http().get(API + "/admin/users/9/invite", bearer(USER_TOKEN)), 403, "forbidden");
        assertInvalidField(http().get(API + "/admin/users/x/invite", bearer(ADMIN_TOKEN)), "id");
    }

    @Test
    void aTransferAnswersBothBalancesAndTooMuchIs409() {
        AtomicReference<TransferCommission.Command> seen = new AtomicReference<>();
        useCases.transferCommission = command -> {
            seen.set(command);
            if (command.amount().fen() > 1_000) {
                throw CommissionRefused.insufficient("the commission balance is less than " + command.amount());
            }
            return new TransferCommission.Transferred(command.amount(), Money.ofFen(500), Money.ofFen(2_500));
        };

        TestHttp.Reply reply = http().post(API + "/user/commission/transfer", "{\"amount\":\"5.00\"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new TransferCommission.Command(new UserId(7), Money.ofFen(500)));
        assertThat(reply.json().get("data").get("commission_balance").asText()).isEqualTo("5.00");
        assertThat(reply.json().get("data").get("new_balance").asText()).isEqualTo("25.00");
        assertRefused(http().post(API + "/user/commission/transfer", "{\"amount\":20}", bearer(USER_TOKEN)), 409,
                "insufficient_commission");
    }

    @Test
    void aWithdrawalRequestAnswersTheWithdrawalWithItsTextAsSent() {
        AtomicReference<WithdrawCommission.Command> seen = new AtomicReference<>();
        useCases.withdrawCommission = command -> {
            seen.set(command);
            return withdrawal(5, WithdrawalStatus.PENDING);
        };

        TestHttp.Reply reply = http().post(API + "/user/commission/withdraw",
                "{\"amount\":\"20.00\",\"method\":\" alipay \",\"account\":\"" + HOSTILE + "\"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get().method()).isEqualTo("alipay");
        assertThat(seen.get().amount()).isEqualTo(Money.ofFen(2_000));
        var data = reply.json().get("data");
        assertThat(data.get("status").asText()).isEqualTo("pending");
        assertThat(data.get("account").asText()).isEqualTo(HOSTILE);
        assertThat(data.get("decided_at").isNull()).isTrue();
    }

    @Test
    void badInputIs400NamingTheFieldAndReachesNoUseCase() {
        String withdraw = API + "/user/commission/withdraw";
        assertInvalidField(http().post(API + "/user/commission/transfer", "{}", bearer(USER_TOKEN)), "amount");
        assertInvalidField(http().post(API + "/user/commission/transfer", "{\"amount\":\"0\"}", bearer(USER_TOKEN)), "amount");
        assertInvalidField(http().post(API + "/user/commission/transfer", "{\"amount\":\"-1.00\"}", bearer(USER_TOKEN)), "amount");
        assertInvalidField(http().post(API + "/user/commission/transfer", "{\"amount\":\"1.001\"}", bearer(USER_TOKEN)), "amount");
        assertInvalidField(http().post(withdraw, "{\"amount\":\"1.00\",\"account\":\"a\"}", bearer(USER_TOKEN)), "method");
        assertInvalidField(http().post(withdraw, "{\"amount\":\"1.00\",\"method\":\"m\"}", bearer(USER_TOKEN)), "account");
        assertInvalidField(http().post(withdraw, "{\"amount\":\"1.00\",\"method\":\"m\",\"account\":\"  \"}", bearer(USER_TOKEN)),
                "account");
        assertInvalidField(http().post(withdraw, "{\"amount\":\"1.00\",\"method\":\"" + "m".repeat(33) + "\",\"account\":\"a\"}",
                bearer(USER_TOKEN)), "method");
        assertInvalidField(http().post(withdraw, "{\"amount\":\"1.00\",\"method\":\"m\",\"account\":\"a\\u0001\"}",
                bearer(USER_TOKEN)), "account");
        assertInvalidField(http().get(API + "/admin/withdrawals?status=paid", bearer(ADMIN_TOKEN)), "status");
        assertInvalidField(http().get(API + "/admin/commissions?inviter_id=x", bearer(ADMIN_TOKEN)), "inviter_id");
        assertInvalidField(http().post(API + "/admin/withdrawals/abc/approve", "", bearer(ADMIN_TOKEN)), "id");
        assertInvalidField(http().post(API + "/admin/withdrawals/3/reject", "{\"note\":\"" + "n".repeat(256) + "\"}",
                bearer(ADMIN_TOKEN)), "note");
        assertRefused(http().get(API + "/admin/withdrawals", bearer(USER_TOKEN)), 403, "forbidden");
        assertRefused(http().get(API + "/user/invite"), 401, "unauthorized");
    }

    @Test
    void anAdminDecidesAWithdrawalOnceAndFiltersTheList() {
        AtomicReference<Object> seen = new AtomicReference<>();
        useCases.referralQueries = queries(null, seen);
        useCases.decideWithdrawal = command -> {
            if (command.withdrawal().value() == 6) {
                throw CommissionRefused.alreadyDecided(withdrawal(6, WithdrawalStatus.APPROVED));
            }
            assertThat(command).isEqualTo(new DecideWithdrawal.Command(new UserId(1), new WithdrawalId(5), false, "wrong account"));
            return withdrawal(5, WithdrawalStatus.REJECTED);
        };

        TestHttp.Reply rejected = http().post(API + "/admin/withdrawals/5/reject", "{\"note\":\"wrong account\"}", bearer(ADMIN_TOKEN));
        TestHttp.Reply list = http().get(API + "/admin/withdrawals?status=pending&user_id=7", bearer(ADMIN_TOKEN));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("data").get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.json().get("data").get("decided_by").asLong()).isEqualTo(1);
        assertRefused(http().post(API + "/admin/withdrawals/6/approve", "", bearer(ADMIN_TOKEN)), 409, "already_decided");
        assertThat(list.json().get("data").get("withdrawals").get(0).get("id").asLong()).isEqualTo(5);
        assertThat(seen.get()).isEqualTo(List.of(Optional.of(WithdrawalStatus.PENDING), Optional.of(new UserId(7))));
    }
}
