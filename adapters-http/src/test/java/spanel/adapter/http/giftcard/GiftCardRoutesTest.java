package spanel.adapter.http.giftcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import spanel.adapter.http.testing.RouteTest;
import spanel.adapter.http.testing.TestHttp;
import spanel.application.giftcard.port.in.CreateGiftCards;
import spanel.application.giftcard.port.in.GiftCardQueries;
import spanel.application.giftcard.port.in.RedeemGiftCard;
import spanel.domain.giftcard.GiftCard;
import spanel.domain.giftcard.GiftCardId;
import spanel.domain.giftcard.GiftCardRefused;
import spanel.domain.money.Money;
import spanel.domain.page.Page;
import spanel.domain.shop.ProductId;
import spanel.domain.user.UserId;

class GiftCardRoutesTest extends RouteTest {

    private static final String REDEEM = "/app/api/v0/user/giftcard";
    private static final String ADMIN = "/app/api/v0/admin/giftcards";

    @Test
    void aRedeemedCodeAnswersWhatItCreditedToTheCaller() {
        AtomicReference<RedeemGiftCard.Command> seen = new AtomicReference<>();
        useCases.redeemGiftCard = command -> {
            seen.set(command);
            return new RedeemGiftCard.Redeemed(4, Money.ofFen(1_000), Optional.empty(), Money.ofFen(1_500));
        };

        TestHttp.Reply reply = http().post(REDEEM, "{\"code\":\"abcde-fghjk\"}", bearer(USER_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new RedeemGiftCard.Command(new UserId(7), "abcde-fghjk"));
        var data = reply.json().get("data");
        assertThat(data.get("gift_card_id").asLong()).isEqualTo(4);
        assertThat(data.get("credited").asText()).isEqualTo("10.00");
        assertThat(data.get("new_balance").asText()).isEqualTo("15.00");
        assertThat(data.get("shop_id").isNull()).isTrue();
        assertThat(data.get("purchase_id").isNull()).isTrue();
    }

    @Test
    void refusedCodesAnswerTheirOwnErrors() {
        useCases.redeemGiftCard = command -> {
            throw switch (command.code()) {
                case "used" -> GiftCardRefused.usedUp();
                case "old" -> GiftCardRefused.expired();
                case "again" -> GiftCardRefused.alreadyRedeemed();
                default -> GiftCardRefused.unknown();
            };
        };

        assertRefused(http().post(REDEEM, "{\"code\":\"used\"}", bearer(USER_TOKEN)), 409, "giftcard_used_up");
        assertRefused(http().post(REDEEM, "{\"code\":\"old\"}", bearer(USER_TOKEN)), 409, "giftcard_expired");
        assertRefused(http().post(REDEEM, "{\"code\":\"again\"}", bearer(USER_TOKEN)), 409, "giftcard_already_redeemed");
        assertRefused(http().post(REDEEM, "{\"code\":\"nope\"}", bearer(USER_TOKEN)), 404, "giftcard_not_found");
    }

    @Test
    void badBodiesAre400AndReachNoUseCase() {
        assertInvalidField(http().post(REDEEM, "{}", bearer(USER_TOKEN)), "code");
        assertInvalidField(http().post(REDEEM, "{\"code\":7}", bearer(USER_TOKEN)), "code");
        assertInvalidField(http().post(REDEEM, "{\"code\":\" \"}", bearer(USER_TOKEN)), "code");
        assertInvalidField(http().post(REDEEM, "{\"code\":\"" + "A".repeat(65) + "\"}", bearer(USER_TOKEN)), "code");
        assertRefused(http().post(REDEEM, "{\"code\":\"x\"}"), 401, "unauthorized");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"1.00\",\"count\":0}", bearer(ADMIN_TOKEN)), "count");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"1.00\",\"count\":1001}", bearer(ADMIN_TOKEN)), "count");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"1.00\",\"uses\":0}", bearer(ADMIN_TOKEN)), "uses");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"1.001\"}", bearer(ADMIN_TOKEN)), "value");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"0\"}", bearer(ADMIN_TOKEN)), "value");
        assertInvalidField(http().post(ADMIN, "{}", bearer(ADMIN_TOKEN)), "value");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"1.00\",\"shop_id\":2}", bearer(ADMIN_TOKEN)), "value");
        assertInvalidField(http().post(ADMIN, "{\"shop_id\":0}", bearer(ADMIN_TOKEN)), "shop_id");
        assertInvalidField(http().post(ADMIN, "{\"value\":\"1.00\",\"expires_at\":\"tomorrow\"}", bearer(ADMIN_TOKEN)), "expires_at");
        assertInvalidField(http().get(ADMIN + "?state=gone", bearer(ADMIN_TOKEN)), "state");
        assertRefused(http().post(ADMIN, "{\"value\":\"1.00\"}", bearer(USER_TOKEN)), 403, "forbidden");
    }

    @Test
    void anAdminCreatesCardsAndSeesTheirCodesOnce() {
        AtomicReference<CreateGiftCards.Command> seen = new AtomicReference<>();
        useCases.createGiftCards = command -> {
            seen.set(command);
            return new CreateGiftCards.Created("b-1", List.of(new CreateGiftCards.Issued(1, "AAAAA-BBBBB-CCCCC-DDDDD"),
                    new CreateGiftCards.Issued(2, "EEEEE-FFFFF-GGGGG-HHHHH")));
        };

        TestHttp.Reply reply = http().post(ADMIN, "{\"count\":2,\"shop_id\":3,\"uses\":5,\"expires_at\":\"2027-01-01T00:00:00Z\"}",
                bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(seen.get()).isEqualTo(new CreateGiftCards.Command(Optional.of(new UserId(1)), 2, Optional.empty(),
                Optional.of(new ProductId(3)), 5, Optional.of(Instant.parse("2027-01-01T00:00:00Z"))));
        var data = reply.json().get("data");
        assertThat(data.get("batch").asText()).isEqualTo("b-1");
        assertThat(data.get("count").asInt()).isEqualTo(2);
        assertThat(data.get("codes").get(1).get("code").asText()).isEqualTo("EEEEE-FFFFF-GGGGG-HHHHH");
    }

    @Test
    void theAdminListShowsEachCardsStateAndNoCode() {
        GiftCard card = new GiftCard(new GiftCardId(9), "ABCD", "b-1", Money.ofFen(500), Optional.empty(), 3, 0,
                Optional.empty(), Instant.parse("2026-03-01T10:00:00Z"));
        useCases.giftCardQueries = (state, batch, page) -> {
            assertThat(state).contains("used_up");
            assertThat(batch).contains("b-1");
            return new Page<>(List.of(new GiftCardQueries.Listed(card, "used_up")), 1, page);
        };

        TestHttp.Reply reply = http().get(ADMIN + "?state=used_up&batch=b-1&page=1&size=5", bearer(ADMIN_TOKEN));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        var item = reply.json().get("data").get("giftcards").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(9);
        assertThat(item.get("code_hint").asText()).isEqualTo("ABCD");
        assertThat(item.get("value").asText()).isEqualTo("5.00");
        assertThat(item.get("uses_left").asInt()).isZero();
        assertThat(item.get("state").asText()).isEqualTo("used_up");
        assertThat(item.has("code")).isFalse();
        assertThat(reply.json().get("data").get("size").asInt()).isEqualTo(5);
    }
}
