package spanel.bootstrap.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.TestHttp;
import spanel.bootstrap.EndToEndTest;

/**
 * Referrals and gift cards through the assembled application: an invitee's first paid order earns the
 * inviter commission (COMMISSION_MODE=first), which is moved, withdrawn, rejected and withdrawn
 * again; a gift card is redeemed; after all of it every balance and commission balance is the sum of
 * its ledger.
 */
class ReferralsEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String PASSWORD = "correct horse battery";

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("DEBUG", "true", "COMMISSION_RATE", "0.2", "COMMISSION_MODE", "first", "COMMISSION_WITHDRAW_MIN", "5.00");
    }

    @Test
    void commissionEarnedOnTheFirstOrderIsMovedAndWithdrawnAndEveryLedgerAddsUp() {
        String[] inviter = register(null);
        String code = data(http().get(API + "/user/invite", inviter)).get("invite_code").asText();
        String[] invitee = register(code);
        pay(invitee, "100.00");
        pay(invitee, "50.00");

        JsonNode invite = data(http().get(API + "/user/invite", inviter));
        assertThat(invite.get("invitees").asLong()).isEqualTo(1);
        assertThat(invite.get("commission_earned").asText()).as("20 % of the first order only").isEqualTo("20.00");
        assertThat(invite.get("commission_balance").asText()).isEqualTo("20.00");
        assertThat(data(http().get(API + "/user/info", inviter)).get("money").asText()).as("commission is not spendable").isEqualTo("0.00");

        assertThat(data(http().post(API + "/user/commission/transfer", "{\"amount\":\"3.00\"}", inviter)).get("new_balance").asText())
                .isEqualTo("3.00");
        assertThat(http().post(API + "/user/commission/withdraw", "{\"amount\":\"4.99\",\"method\":\"alipay\",\"account\":\"a\"}",
                inviter).status()).as("under COMMISSION_WITHDRAW_MIN").isEqualTo(400);
        long rejected = data(http().post(API + "/user/commission/withdraw",
                "{\"amount\":\"10.00\",\"method\":\"alipay\",\"account\":\"someone@example.com\"}", inviter)).get("id").asLong();
        assertThat(http().post(API + "/user/commission/transfer", "{\"amount\":\"7.01\"}", inviter).json().get("error").asText())
                .isEqualTo("insufficient_commission");
        String[] admin = asAdmin();
        assertThat(data(http().post(API + "/admin/withdrawals/" + rejected + "/reject", "{\"note\":\"wrong account\"}", admin))
                .get("status").asText()).isEqualTo("rejected");
        long approved = data(http().post(API + "/user/commission/withdraw",
                "{\"amount\":\"17.00\",\"method\":\"bank\",\"account\":\"6222 0000\"}", inviter)).get("id").asLong();
        data(http().post(API + "/admin/withdrawals/" + approved + "/approve", "", admin));
        assertThat(data(http().get(API + "/user/invite", inviter)).get("commission_balance").asText()).isEqualTo("0.00");

        String card = data(http().post(API + "/admin/giftcards", "{\"value\":\"8.00\",\"uses\":2}", admin)).get("codes").get(0)
                .get("code").asText();
        assertThat(data(http().post(API + "/user/giftcard", "{\"code\":\"" + card + "\"}", inviter)).get("new_balance").asText())
                .isEqualTo("11.00");
        assertThat(data(http().post(API + "/user/giftcard", "{\"code\":\"" + card + "\"}", invitee)).get("credited").asText())
                .isEqualTo("8.00");

        assertThat(scalar("SELECT count(*) FROM users u WHERE u.money <> (SELECT coalesce(sum(l.delta), 0) FROM balance_ledger l"
                + " WHERE l.user_id = u.id)")).as("users whose balance is not the sum of their ledger").isZero();
        assertThat(scalar("SELECT count(*) FROM users u WHERE u.commission_balance <> (SELECT coalesce(sum(l.delta), 0)"
                + " FROM commission_ledger l WHERE l.user_id = u.id)")).as("users whose commission balance is not its ledger's sum")
                .isZero();
        assertThat(scalar("SELECT count(*) FROM commission_ledger")).isEqualTo(5);
        assertThat(scalar("SELECT sum(amount) FROM withdrawals WHERE status = 1")).isEqualTo(1_700);
    }

    private String[] register(String inviteCode) {
        String email = "ref-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"";
        data(http().post(API + "/auth/register", credentials + (inviteCode == null ? "" : ",\"invite_code\":\"" + inviteCode + "\"")
                + "}"));
        return new String[] {"Authorization", "Bearer " + data(http().post(API + "/auth/login", credentials + "}"))
                .get("access_token").asText()};
    }

    private void pay(String[] user, String total) {
        long order = data(http().post(API + "/payment/create", "{\"total\":\"" + total + "\",\"gateway\":\"debug\"}", user))
                .get("order_id").asLong();
        data(http().post(API + "/payment/debug/confirm", "{\"order_id\":" + order + "}", user));
    }

    private static JsonNode data(TestHttp.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("data");
    }
}
