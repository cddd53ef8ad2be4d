package spanel.adapter.http.referral;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import spanel.adapter.http.support.Callers;
import spanel.adapter.http.support.Envelope;
import spanel.adapter.http.support.Fields;
import spanel.adapter.http.support.InvalidRequest;
import spanel.adapter.http.support.Listing;
import spanel.application.referral.port.in.DecideWithdrawal;
import spanel.application.referral.port.in.TransferCommission;
import spanel.application.referral.port.in.WithdrawCommission;
import spanel.domain.money.Money;
import spanel.domain.referral.Commission;
import spanel.domain.referral.Invite;
import spanel.domain.referral.Withdrawal;
import spanel.domain.referral.WithdrawalId;
import spanel.domain.referral.WithdrawalStatus;
import spanel.domain.user.UserId;

/**
 * The inviter's page (code, invitees, commission), moving commission to the balance or out, and the
 * admins' lists and decisions. Methods and accounts go out as the JSON strings they are: whatever
 * shows them sets them as text.
 */
final class ReferralHandlers {

    private final ReferralUseCases referrals;

    ReferralHandlers(ReferralUseCases referrals) {
        this.referrals = referrals;
    }

    record InviteView(String inviteCode, long invitees, String commissionEarned, String commissionBalance) {
    }

    record CodeView(String inviteCode) {
    }

    record CommissionView(long id, long inviterId, long inviteeId, long orderId, String amount, String createdAt) {
        static CommissionView of(Commission c) {
            return new CommissionView(c.id(), c.inviter().value(), c.invitee().value(), c.order().value(),
                    c.amount().toDecimalString(), c.createdAt().toString());
        }
    }

    record TransferView(String amount, String commissionBalance, String newBalance) {
    }

    record WithdrawalView(long id, long userId, String amount, String method, String account, String status, String note,
            String createdAt, String decidedAt, Long decidedBy) {
        static WithdrawalView of(Withdrawal w) {
            return new WithdrawalView(w.id().value(), w.user().value(), w.amount().toDecimalString(), w.method(), w.account(),
                    w.status().wire(), w.note(), w.createdAt().toString(), w.decidedAt().map(Object::toString).orElse(null),
                    w.decidedBy().map(UserId::value).orElse(null));
        }
    }

    void invite(Context ctx) {
        showInvite(ctx, caller(ctx));
    }

    void inviteOf(Context ctx) {
        showInvite(ctx, new UserId(Fields.pathId(ctx, "id")));
    }

    private void showInvite(Context ctx, UserId user) {
        Invite invite = referrals.queries().invite(user);
        ctx.json(Envelope.ok(new InviteView(invite.inviteCode(), invite.invitees(), invite.commissionEarned().toDecimalString(),
                invite.commissionBalance().toDecimalString())));
    }

    void resetInvite(Context ctx) {
        ctx.json(Envelope.ok(new CodeView(referrals.resetInvite().reset(caller(ctx)))));
    }

    void myCommissions(Context ctx) {
        var page = referrals.queries().commissions(Optional.of(caller(ctx)), Optional.empty(), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("commissions", page, CommissionView::of)));
    }

    void transfer(Context ctx) {
        Money amount = amount(Fields.object(ctx));
        var moved = referrals.transfer().transfer(Fields.rule(() -> new TransferCommission.Command(caller(ctx), amount)));
        ctx.json(Envelope.ok(new TransferView(moved.amount().toDecimalString(), moved.commissionBalance().toDecimalString(),
                moved.balance().toDecimalString())));
    }

    void withdraw(Context ctx) {
        ObjectNode json = Fields.object(ctx);
        Money amount = amount(json);
        String method = Fields.required("method", Fields.text(json, "method", "method").orElse(null));
        String account = Fields.required("account", Fields.text(json, "account", "account").orElse(null));
        var withdrawal = referrals.withdraw().withdraw(Fields.rule(() -> new WithdrawCommission.Command(caller(ctx), amount,
                method, account)));
        ctx.json(Envelope.ok(WithdrawalView.of(withdrawal)));
    }

    void myWithdrawals(Context ctx) {
        var page = referrals.queries().withdrawals(Optional.empty(), Optional.of(caller(ctx)), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("withdrawals", page, WithdrawalView::of)));
    }

    void allCommissions(Context ctx) {
        var page = referrals.queries().commissions(Fields.queryId(ctx, "inviter_id").map(UserId::new),
                Fields.queryId(ctx, "invitee_id").map(UserId::new), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("commissions", page, CommissionView::of)));
    }

    void allWithdrawals(Context ctx) {
        Optional<WithdrawalStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isEmpty())
                .map(s -> WithdrawalStatus.fromWire(s).orElseThrow(() -> InvalidRequest.field("status", "pending, approved or rejected")));
        var page = referrals.queries().withdrawals(status, Fields.queryId(ctx, "user_id").map(UserId::new), Fields.page(ctx));
        ctx.json(Envelope.ok(Listing.of("withdrawals", page, WithdrawalView::of)));
    }

    void approve(Context ctx) {
        decide(ctx, true);
    }

    void reject(Context ctx) {
        decide(ctx, false);
    }

    private void decide(Context ctx, boolean approve) {
        WithdrawalId id = new WithdrawalId(Fields.pathId(ctx, "id"));
        String note = ctx.body().isBlank() ? "" : Fields.text(Fields.object(ctx), "note", "note").orElse("");
        var decided = referrals.decide().decide(Fields.rule(() -> new DecideWithdrawal.Command(caller(ctx), id, approve, note)));
        ctx.json(Envelope.ok(WithdrawalView.of(decided)));
    }

    private static Money amount(ObjectNode json) {
        return Fields.required("amount", Fields.money(json, "amount").orElse(null));
    }

    private static UserId caller(Context ctx) {
        return Callers.of(ctx).userId();
    }
}
