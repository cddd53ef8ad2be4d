package spanel.adapter.payment.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.ALIPAY;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.APP;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.APP_ID;
import static spanel.adapter.payment.alipay.AlipayGatewayTest.b64;

import com.alipay.api.internal.util.AlipaySignature;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import spanel.adapter.payment.support.FakeGatewayServer;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/**
 * spanel against Alipay's own Java SDK (com.alipay.sdk:alipay-sdk-java, test scope only): the SDK
 * must accept the request spanel signs as Alipay's server would, and spanel must accept a notify the
 * SDK signs as Alipay does.
 */
class AlipaySdkTest {

    private final FakeGatewayServer fake = new FakeGatewayServer();
    private final AlipayGateway gateway = new AlipayGateway(
            AlipayConfig.of(APP_ID, b64(APP.getPrivate().getEncoded()), b64(ALIPAY.getPublic().getEncoded()),
                    fake.url() + "/gateway.do"),
            Clock.fixed(Instant.parse("2025-01-01T04:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        fake.close();
    }

    private Map<String, String> sentPrecreate() throws Exception {
        String response = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"T1\",\"qr_code\":\"https://qr.alipay.com/abc\"}";
        fake.answer(200, "{\"alipay_trade_precreate_response\":" + response + ",\"sign\":\""
                + AlipaySignature.rsa256Sign(response, b64(ALIPAY.getPrivate().getEncoded()), "utf-8") + "\"}");
        assertThat(gateway.paymentUrl(new PaymentRequest("T1", Money.ofFen(1999), "Top-up 19.99", "https://p/notify",
                "https://p/return"))).isEqualTo("https://qr.alipay.com/abc");
        Map<String, String> sent = new HashMap<>();
        for (String pair : fake.received().getFirst().body().split("&")) {
            String[] kv = pair.split("=", 2);
            sent.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return sent;
    }

    @Test
    void alipaysSdkAcceptsTheSignedPrecreateRequest() throws Exception {
        Map<String, String> sent = sentPrecreate();

        assertThat(sent).containsEntry("sign_type", "RSA2");
        assertThat(AlipaySignature.rsaCheckV2(new HashMap<>(sent), b64(APP.getPublic().getEncoded()), "utf-8", "RSA2")).isTrue();
    }

    @Test
    void theRequestSignatureIsTheOneAlipaysSdkMakesForTheSameParameters() throws Exception {
        Map<String, String> sent = sentPrecreate();
        Map<String, String> unsigned = new HashMap<>(sent);
        unsigned.remove("sign");

        // RSA PKCS#1 v1.5 signatures are deterministic: same string, same key, same signature.
        assertThat(sent.get("sign")).isEqualTo(
                AlipaySignature.rsaSign(AlipaySignature.getSignContent(unsigned), b64(APP.getPrivate().getEncoded()), "utf-8", "RSA2"));
    }

    @Test
    void aNotifySignedByAlipaysSdkIsAPayment() throws Exception {
        Map<String, String> notify = AlipayGatewayTest.exampleNotify();
        notify.remove("sign");
        notify.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(new HashMap<>(notify)),
                b64(ALIPAY.getPrivate().getEncoded()), "utf-8"));
        // The SDK removes sign and sign_type from the map it is given, so it gets copies.
        assertThat(AlipaySignature.rsaCheckV1(new HashMap<>(notify), b64(ALIPAY.getPublic().getEncoded()), "utf-8", "RSA2")).isTrue();

        var verdict = gateway.verify(new NotifyRequest(notify, "", Map.of()));

        assertThat(verdict).isInstanceOf(NotifyVerdict.Paid.class);
        assertThat(((NotifyVerdict.Paid) verdict).notice().amount()).isEqualTo(Money.ofFen(1000));
    }
}
