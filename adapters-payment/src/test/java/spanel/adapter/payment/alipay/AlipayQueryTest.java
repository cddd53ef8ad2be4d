package spanel.adapter.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.ALIPAY;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.APP;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.APP_ID;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.b64;

import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.internal.util.AlipaySignature;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.response.AlipayTradeQueryResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * alipay.trade.query against a stand-in for Alipay whose answers are signed as Alipay signs them:
 * Alipay's own Java SDK (test scope) accepts each answer the stand-in gives, and accepts the query
 * spanel signs; spanel believes only answers whose signature holds, and only about its own order.
 */
class AlipayQueryTest {

    private static final String TRADE_NO = "20250101120000123456";

    private final FakeGatewayServer fake = new FakeGatewayServer();
    private final AlipayGateway gateway = new AlipayGateway(
            AlipayConfig.of(APP_ID, b64(APP.getPrivate().getEncoded()), b64(ALIPAY.getPublic().getEncoded()),
                    fake.url() + "/gateway.do"),
            Clock.fixed(Instant.parse("2025-01-01T04:05:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        fake.close();
    }

    static String trade(String outTradeNo, String totalAmount, String tradeStatus) {
        return "{\"code\":\"10000\",\"msg\":\"Success\",\"buyer_logon_id\":\"159****0000\",\"buyer_pay_amount\":\"" + totalAmount
                + "\",\"buyer_user_id\":\"2088000000000002\",\"invoice_amount\":\"" + totalAmount + "\",\"out_trade_no\":\""
                + outTradeNo + "\",\"point_amount\":\"0.00\",\"receipt_amount\":\"" + totalAmount
                + "\",\"send_pay_date\":\"2025-01-01 12:00:09\",\"total_amount\":\"" + totalAmount
                + "\",\"trade_no\":\"2025010122001400000000000001\",\"trade_status\":\"" + tradeStatus + "\"}";
    }

    static String signedAnswer(String member, String span) throws Exception {
        return "{\"" + member + "\":" + span + ",\"sign\":\""
                + AlipaySignature.rsa256Sign(span, b64(ALIPAY.getPrivate().getEncoded()), "utf-8") + "\"}";
    }

    private void alipayAnswers(String span) throws Exception {
        fake.answer(200, signedAnswer("alipay_trade_query_response", span));
    }

    private GatewayAnswer ask() {
        return gateway.ask(new OrderQuery(TRADE_NO, Optional.empty()));
    }

    /** What Alipay's SDK makes of the stand-in's current answer: the oracle that the stand-in speaks as Alipay does. */
    private AlipayTradeQueryResponse alipaysSdkReads() throws Exception {
        DefaultAlipayClient client = new DefaultAlipayClient(fake.url() + "/gateway.do", APP_ID,
                b64(APP.getPrivate().getEncoded()), "json", "utf-8", b64(ALIPAY.getPublic().getEncoded()), "RSA2");
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(TRADE_NO);
        AlipayTradeQueryRequest request = new AlipayTradeQueryRequest();
        request.setBizModel(model);
        return client.execute(request);
    }

    private Map<String, String> sentQuery() {
        Map<String, String> sent = new HashMap<>();
        for (String pair : fake.received().getLast().body().split("&")) {
            String[] kv = pair.split("=", 2);
            sent.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return sent;
    }

    @Test
    void aPaidTradeIsAPaymentOfItsTotalAmount() throws Exception {
        alipayAnswers(trade(TRADE_NO, "10.00", "TRADE_SUCCESS"));
        AlipayTradeQueryResponse sdk = alipaysSdkReads();
        assertThat(sdk.isSuccess()).isTrue();
        assertThat(sdk.getTradeStatus()).isEqualTo("TRADE_SUCCESS");

        GatewayAnswer answer = ask();

        assertThat(answer).isInstanceOfSatisfying(GatewayAnswer.Paid.class, paid -> {
            assertThat(paid.notice().tradeNo()).isEqualTo(TRADE_NO);
            assertThat(paid.notice().gatewayTradeNo()).isEqualTo("2025010122001400000000000001");
            assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(1_000));
        });
    }

    @Test
    void theQueryIsSignedSoThatAlipaysSdkAcceptsIt() throws Exception {
        alipayAnswers(trade(TRADE_NO, "10.00", "TRADE_SUCCESS"));
        ask();

        Map<String, String> sent = sentQuery();

        assertThat(sent).containsEntry("method", "alipay.trade.query").containsEntry("app_id", APP_ID)
                .containsEntry("biz_content", "{\"out_trade_no\":\"" + TRADE_NO + "\"}")
                .containsEntry("timestamp", "2025-01-01 12:05:00");
        assertThat(AlipaySignature.rsaCheckV2(new HashMap<>(sent), b64(APP.getPublic().getEncoded()), "utf-8", "RSA2")).isTrue();
    }

    @Test
    void aFinishedTradeIsAPaymentToo() throws Exception {
        alipayAnswers(trade(TRADE_NO, "10.0", "TRADE_FINISHED"));

        assertThat(ask()).isInstanceOfSatisfying(GatewayAnswer.Paid.class,
                paid -> assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(1_000)));
    }

    @Test
    void aTradeWaitingForTheBuyerIsUnpaid() throws Exception {
        alipayAnswers(trade(TRADE_NO, "10.00", "WAIT_BUYER_PAY"));
        assertThat(alipaysSdkReads().isSuccess()).isTrue();

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unpaid.class);
    }

    @Test
    void aTradeNotScannedYetIsUnpaid() throws Exception {
        alipayAnswers("{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\","
                + "\"sub_msg\":\"交易不存在\",\"out_trade_no\":\"" + TRADE_NO + "\"}");
        AlipayTradeQueryResponse sdk = alipaysSdkReads();
        assertThat(sdk.isSuccess()).isFalse();
        assertThat(sdk.getSubCode()).isEqualTo("ACQ.TRADE_NOT_EXIST");

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unpaid.class);
    }

    @Test
    void aClosedTradeIsClosed() throws Exception {
        alipayAnswers(trade(TRADE_NO, "10.00", "TRADE_CLOSED"));

        assertThat(ask()).isInstanceOf(GatewayAnswer.Closed.class);
    }

    @Test
    void aPaymentOfAnotherAmountIsHandedOnAsPaidForTheOrdersCheck() throws Exception {
        alipayAnswers(trade(TRADE_NO, "1.00", "TRADE_SUCCESS"));

        assertThat(ask()).isInstanceOfSatisfying(GatewayAnswer.Paid.class,
                paid -> assertThat(paid.notice().amount()).isEqualTo(Money.ofFen(100)));
    }

    @Test
    void aValidlySignedAnswerAboutAnotherOrderIsNotBelieved() throws Exception {
        alipayAnswers(trade("20250101120000999999", "10.00", "TRADE_SUCCESS"));

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anAnswerWithOneByteChangedIsNotBelieved() throws Exception {
        String answer = signedAnswer("alipay_trade_query_response", trade(TRADE_NO, "10.00", "WAIT_BUYER_PAY"));
        fake.answer(200, answer.replace("WAIT_BUYER_PAY", "TRADE_SUCCESS"));

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anAnswerSignedWithAnotherKeyIsNotBelieved() throws Exception {
        String span = trade(TRADE_NO, "10.00", "TRADE_SUCCESS");
        fake.answer(200, "{\"alipay_trade_query_response\":" + span + ",\"sign\":\""
                + AlipaySignature.rsa256Sign(span, b64(APP.getPrivate().getEncoded()), "utf-8") + "\"}");

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void anAnswerSignedBeforeItsSlashesWereEscapedIsBelievedAsTheSdksBelieveIt() throws Exception {
        String signedSpan = trade(TRADE_NO, "10.00", "TRADE_SUCCESS").replace("\"msg\":\"Success\"", "\"msg\":\"Success/OK\"");
        String sign = AlipaySignature.rsa256Sign(signedSpan, b64(ALIPAY.getPrivate().getEncoded()), "utf-8");
        fake.answer(200, "{\"alipay_trade_query_response\":" + signedSpan.replace("/", "\\/") + ",\"sign\":\"" + sign + "\"}");

        assertThat(ask()).isInstanceOf(GatewayAnswer.Paid.class);
    }

    @Test
    void anUnsignedAnswerIsNotBelieved() {
        fake.answer(200, "{\"alipay_trade_query_response\":" + trade(TRADE_NO, "10.00", "TRADE_SUCCESS") + "}");

        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);
    }

    @Test
    void aGatewayErrorOrAGatewayDownIsUnknown() throws Exception {
        fake.answer(502, "Bad Gateway");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        alipayAnswers("{\"code\":\"20000\",\"msg\":\"Service Currently Unavailable\",\"sub_code\":\"isp.unknow-error\"}");
        assertThat(ask()).isInstanceOf(GatewayAnswer.Unknown.class);

        AlipayGateway unreachable = new AlipayGateway(
                AlipayConfig.of(APP_ID, b64(APP.getPrivate().getEncoded()), b64(ALIPAY.getPublic().getEncoded()),
                        "http://127.0.0.1:1/gateway.do"), Clock.systemUTC());
        assertThat(unreachable.ask(new OrderQuery(TRADE_NO, Optional.empty()))).isInstanceOf(GatewayAnswer.Unknown.class);
    }
}
