package spanel.adapter.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.payment.support.CanonicalString;
import spanel.adapter.payment.support.FakeGatewayServer;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/** Alipay face-to-face (RSA2) with key pairs made here: Alipay's (signs notifies) and the app's (signs requests). */
class AlipayGatewayTest {

    static final KeyPair ALIPAY = rsa();
    static final KeyPair APP = rsa();
    static final String APP_ID = "2021000000000001";

    private final FakeGatewayServer fake = new FakeGatewayServer();
    private final AlipayGateway gateway = new AlipayGateway(
            AlipayConfig.of(APP_ID, b64(APP.getPrivate().getEncoded()), b64(ALIPAY.getPublic().getEncoded()), fake.url() + "/gateway.do"),
            Clock.fixed(Instant.parse("2025-01-01T04:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        fake.close();
    }

    static Map<String, String> exampleNotify() {
        Map<String, String> params = new HashMap<>();
        params.put("app_id", APP_ID);
        params.put("buyer_id", "2088000000000002");
        params.put("charset", "utf-8");
        params.put("gmt_create", "2025-01-01 12:00:01");
        params.put("gmt_payment", "2025-01-01 12:00:09");
        params.put("notify_id", "2025010100000000000000000001");
        params.put("notify_time", "2025-01-01 12:00:10");
        params.put("notify_type", "trade_status_sync");
        params.put("out_trade_no", "20250101120000123456");
        params.put("receipt_amount", "10.00");
        params.put("seller_id", "2088000000000001");
        params.put("subject", "VIP Monthly");
        params.put("total_amount", "10.00");
        params.put("trade_no", "2025010122001400000000000001");
        params.put("trade_status", "TRADE_SUCCESS");
        params.put("version", "1.0");
        params.put("body", "");
        params.put("sign_type", "RSA2");
        params.put("sign", Rsa2.sign(CanonicalString.of(params, CanonicalString.BLANK), ALIPAY.getPrivate()));
        return params;
    }

    @Test
    void theCanonicalStringIsTheSpecsExample() {
        assertThat(CanonicalString.of(exampleNotify(), CanonicalString.BLANK)).isEqualTo("app_id=2021000000000001&buyer_id=2088000000000002"
                + "&charset=utf-8&gmt_create=2025-01-01 12:00:01&gmt_payment=2025-01-01 12:00:09"
                + "&notify_id=2025010100000000000000000001&notify_time=2025-01-01 12:00:10&notify_type=trade_status_sync"
                + "&out_trade_no=20250101120000123456&receipt_amount=10.00&seller_id=2088000000000001&subject=VIP Monthly"
                + "&total_amount=10.00&trade_no=2025010122001400000000000001&trade_status=TRADE_SUCCESS&version=1.0");
    }

    @Test
    void anAuthenticNotifyIsAPayment() {
        var verdict = gateway.verify(notify(exampleNotify()));

        var notice = ((NotifyVerdict.Paid) verdict).notice();
        assertThat(notice.gatewayTradeNo()).isEqualTo("2025010122001400000000000001");
        assertThat(notice.amount()).isEqualTo(Money.ofFen(1000));
    }

    @Test
    void tradeFinishedIsPaidTooAndWaitingIsNot() {
        Map<String, String> finished = resigned(Map.of("trade_status", "TRADE_FINISHED"));
        Map<String, String> waiting = resigned(Map.of("trade_status", "WAIT_BUYER_PAY"));

        assertThat(gateway.verify(notify(finished))).isInstanceOf(NotifyVerdict.Paid.class);
        assertThat(gateway.verify(notify(waiting))).isInstanceOf(NotifyVerdict.NotPaid.class);
    }

    @Test
    void forgedOrMisdirectedNotifiesAreRejected() {
        Map<String, String> byTheApp = exampleNotify();
        byTheApp.put("sign", Rsa2.sign(CanonicalString.of(byTheApp, CanonicalString.BLANK), APP.getPrivate()));
        Map<String, String> tampered = exampleNotify();
        tampered.put("total_amount", "1000.00");
        Map<String, String> rsa1 = exampleNotify();
        rsa1.put("sign_type", "RSA");
        Map<String, String> garbage = exampleNotify();
        garbage.put("sign", "not base64 at all!");
        Map<String, String> otherApp = resigned(Map.of("app_id", "2021000000000999"));

        assertThat(gateway.verify(notify(byTheApp))).isEqualTo(new NotifyVerdict.Rejected("20250101120000123456", "bad sign"));
        assertThat(gateway.verify(notify(tampered))).isEqualTo(new NotifyVerdict.Rejected("20250101120000123456", "bad sign"));
        assertThat(gateway.verify(notify(rsa1))).isEqualTo(new NotifyVerdict.Rejected("20250101120000123456", "sign_type is not RSA2"));
        assertThat(gateway.verify(notify(garbage))).isEqualTo(new NotifyVerdict.Rejected("20250101120000123456", "bad sign"));
        assertThat(gateway.verify(notify(otherApp))).isEqualTo(new NotifyVerdict.Rejected("20250101120000123456", "app_id is not ours"));
    }

    @Test
    void precreateSendsASignedRequestAndAnswersTheQrCode() {
        String response = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"T1\",\"qr_code\":\"https://qr.alipay.com/abc\"}";
        fake.answer(200, "{\"alipay_trade_precreate_response\":" + response + ",\"sign\":\""
                + Rsa2.sign(response, ALIPAY.getPrivate()) + "\"}");

        assertThat(gateway.paymentUrl(request())).isEqualTo("https://qr.alipay.com/abc");

        Map<String, String> sent = new HashMap<>();
        for (String pair : fake.received().getFirst().body().split("&")) {
            String[] kv = pair.split("=", 2);
            sent.put(java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(sent).containsEntry("method", "alipay.trade.precreate").containsEntry("timestamp", "2025-01-01 12:00:00");
        assertThat(sent.get("biz_content")).contains("\"total_amount\":\"19.99\"").contains("\"out_trade_no\":\"T1\"");
        assertThat(Rsa2.verify(CanonicalString.of(sent, CanonicalString.BLANK), sent.get("sign"), APP.getPublic())).isTrue();
    }

    @Test
    void aRefusalAForgedAnswerOrAnErrorStatusIsAGatewayFailure() {
        String refused = "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_msg\":\"bad amount\"}";
        fake.answer(200, "{\"alipay_trade_precreate_response\":" + refused + "}");
        assertThatThrownBy(() -> gateway.paymentUrl(request())).isInstanceOf(GatewayFailed.class).hasMessageContaining("bad amount");

        String ok = "{\"code\":\"10000\",\"qr_code\":\"https://qr.alipay.com/abc\"}";
        fake.answer(200, "{\"alipay_trade_precreate_response\":" + ok + ",\"sign\":\"" + Rsa2.sign(ok, APP.getPrivate()) + "\"}");
        assertThatThrownBy(() -> gateway.paymentUrl(request())).isInstanceOf(GatewayFailed.class).hasMessageContaining("signature");

        fake.answer(502, "bad gateway");
        assertThatThrownBy(() -> gateway.paymentUrl(request())).isInstanceOf(GatewayFailed.class).hasMessageContaining("HTTP 502");
    }

    @Test
    void anUnreadableKeyIsRefusedWithItsVariable() {
        assertThatThrownBy(() -> AlipayConfig.of(APP_ID, "not a key", b64(ALIPAY.getPublic().getEncoded()), "https://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALIPAY_PRIVATE_KEY");
        assertThatThrownBy(() -> AlipayConfig.of(APP_ID, b64(APP.getPrivate().getEncoded()), b64(new byte[] {1, 2, 3}), "https://x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALIPAY_PUBLIC_KEY");
    }

    private static PaymentRequest request() {
        return new PaymentRequest("T1", Money.ofFen(1999), "Top-up 19.99", "https://p/notify", "https://p/return");
    }

    private static Map<String, String> resigned(Map<String, String> changes) {
        Map<String, String> params = exampleNotify();
        params.putAll(changes);
        params.put("sign", Rsa2.sign(CanonicalString.of(params, CanonicalString.BLANK), ALIPAY.getPrivate()));
        return params;
    }

    private static NotifyRequest notify(Map<String, String> params) {
        return new NotifyRequest(params, "", Map.of());
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
