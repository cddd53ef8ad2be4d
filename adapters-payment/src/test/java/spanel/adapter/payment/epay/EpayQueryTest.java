package spanel.adapter.payment.epay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.payment.support.FakeGatewayServer;
import spanel.application.payment.port.out.OrderQuery;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayAnswer;

/**
 * EPay's classic order query ({@code api.php?act=order}) against a stand-in answering as the
 * platform's documentation shows: paid, unpaid, unknown order, wrong key, another amount. The
 * query carries the merchant key, so it goes only over https, or to this machine.
 */
class EpayQueryTest {

    private static final String KEY = EpayGatewayTest.KEY;
    private static final String TRADE_NO = "20250101120000123456";

    private final FakeGatewayServer fake = new FakeGatewayServer();
    private final EpayGateway gateway = new EpayGateway(new EpayConfig(fake.url(), "1001", KEY, Optional.empty()));

    @AfterEach
    void stop() {
        fake.close();
    }

    static String order(String outTradeNo, String pid, String money, int status) {
        return "{\"code\":1,\"msg\":\"查询订单号成功！\",\"trade_no\":\"2025010112000088881234\",\"out_trade_no\":\"" + outTradeNo
                + "\",\"type\":\"alipay\",\"pid\":\"" + pid + "\",\"addtime\":\"2025-01-01 12:00:00\","
                + (status == 1 ? "\"endtime\":\"2025-01-01 12:00:09\"," : "")
                + "\"name\":\"VIP Monthly\",\"money\":\"" + money + "\",\"status\":" + status + ",\"param\":\"\",\"buyer\":\"\"}";
    }

    private GatewayAnswer ask() {
        return gateway.ask(new OrderQuery(TRADE_NO, Optional.empty()));
    }

    @Test
    void aPaidOrderIsAPaymentOfItsMoney() {
        fake.answer(200, order(TRADE_NO, "1001", "10.00", 1));

        GatewayAnswer answer = ask();

        assertThat(answer).isInstanceOfSatisfying(GatewayAnswer.Paid.class, paid -> {
            assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(1_000));
            assertThat(paid.notice().gatewayTradeNo()).isEqualTo("2025010112000088881234");
            assertThat(paid.notice().payload()).doesNotContain(KEY);
        });
        Map<String, String> query = new HashMap<>();
        for (String pair : fake.received().getFirst().query().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(fake.received().getFirst().path()).isEqualTo("/api.php");
        assertThat(query).containsExactlyInAnyOrderEntriesOf(
                Map.of("act", "order", "pid", "1001", "key", KEY, "out_trade_no", TRADE_NO));
    }

    @Test
    void numbersWrittenAsStringsAndMoneyWithoutDecimalsAreReadAlike() {
        fake.answer(200, order(TRADE_NO, "1001", "10", 1).replace("\"code\":1", "\"code\":\"1\"").replace("\"status\":1", "\"status\":\"1\""));

        assertThat(ask()).isInstanceOfSatisfying(GatewayAnswer.Paid.class,
                paid -> assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(1_000)));
    }

    @Test
    void anUnpaidOrderIsUnpaid() {
        fake.answer(200, order(TRADE_NO, "1001", "10.00", 0));

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unpaid.class);
    }

    @Test
    void aPaymentOfAnotherAmountIsHandedOnForTheOrdersCheck() {
        fake.answer(200, order(TRADE_NO, "1001", "1.00", 1));

        assertThat(ask()).isInstanceOfSatisfying(GatewayAnswer.Paid.class,
                paid -> assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(100)));
    }

    @Test
    void anAnswerForAnotherOrderOrMerchantIsNotBelieved() {
        fake.answer(200, order("20250101120000999999", "1001", "10.00", 1));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        fake.answer(200, order(TRADE_NO, "2002", "10.00", 1));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anAnswerWithASignIsBelievedOnlyWhenTheSignVerifies() {
        Map<String, String> fields = new HashMap<>(Map.of("code", "1", "trade_no", "2025010112000088881234",
                "out_trade_no", TRADE_NO, "pid", "1001", "money", "10.00", "status", "1"));
        String sign = EpaySignature.sign(fields, KEY);
        String body = "{\"code\":1,\"trade_no\":\"2025010112000088881234\",\"out_trade_no\":\"" + TRADE_NO
                + "\",\"pid\":\"1001\",\"money\":\"10.00\",\"status\":1,\"sign\":\"" + sign + "\",\"sign_type\":\"MD5\"}";

        fake.answer(200, body);
        assertThat(ask()).isInstanceOf(GatewayAnswer.Paid.class);

        fake.answer(200, body.replace("\"money\":\"10.00\"", "\"money\":\"100.00\""));
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anUnknownOrderAWrongKeyOrAPlatformThatIsDownIsUnknown() {
        fake.answer(200, "{\"code\":-1,\"msg\":\"订单号不存在\"}");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        fake.answer(200, "{\"code\":-2,\"msg\":\"KEY校验失败\"}");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        fake.answer(500, "<html>error</html>");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        EpayGateway unreachable = new EpayGateway(new EpayConfig("http://127.0.0.1:1", "1001", KEY, Optional.empty()));
        assertThat(unreachable.ask(new OrderQuery(TRADE_NO, Optional.empty()))).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void theMerchantKeyIsNeverSentOverPlainHttpToAnotherMachine() {
        EpayGateway overHttp = new EpayGateway(new EpayConfig("http://pay.example.com", "1001", KEY, Optional.empty()));

        GatewayAnswer answer = overHttp.ask(new OrderQuery(TRADE_NO, Optional.empty()));

        assertThat(answer).isInstanceOfSatisfying(GatewayAnswer.Unknown.class,
                unknown -> assertThat(unknown.reason()).contains("https").doesNotContain(KEY));
    }
}
