package spanel.bootstrap.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.alipay.api.internal.util.AlipaySignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import spanel.bootstrap.EndToEndTest;

/**
 * An Alipay face-to-face top-up on the assembled service, against a stand-in for Alipay that checks
 * each request with Alipay's own SDK (as Alipay's server does: over every parameter but sign) and
 * refuses what it cannot verify; the notify is signed by the SDK as Alipay signs it.
 */
class AlipayEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String APP_ID = "2021000000000001";
    private static final KeyPair ALIPAY = rsa();
    private static final KeyPair APP = rsa();

    private final HttpServer fakeAlipay = fakeAlipay();

    @Override
    protected Map<String, String> extraEnvironment() {
        return Map.of("ALIPAY_APP_ID", APP_ID, "ALIPAY_PRIVATE_KEY", b64(APP.getPrivate().getEncoded()),
                "ALIPAY_PUBLIC_KEY", b64(ALIPAY.getPublic().getEncoded()),
                "ALIPAY_GATEWAY_URL", "http://127.0.0.1:" + fakeAlipay.getAddress().getPort() + "/gateway.do",
                "PUBLIC_URL", "https://panel.example.com");
    }

    @AfterAll
    void stopTheFake() {
        fakeAlipay.stop(0);
    }

    @Test
    void anOrderAlipayAcceptsIsPaidByASignedNotifyAndCreditedOnce() throws Exception {
        String email = "payer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        http().post(API + "/auth/register", body);
        String[] user = {"Authorization",
                "Bearer " + http().post(API + "/auth/login", body).json().get("data").get("access_token").asText()};

        var created = http().post(API + "/payment/create", "{\"total\":\"12.34\",\"gateway\":\"alipay\"}", user);

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String tradeNo = created.json().get("data").get("tradeno").asText();
        assertThat(created.json().get("data").get("payment_url").asText()).isEqualTo("https://qr.alipay.com/" + tradeNo);

        Map<String, String> notify = new HashMap<>(Map.of("app_id", APP_ID, "charset", "utf-8",
                "notify_type", "trade_status_sync", "notify_id", "N" + tradeNo, "out_trade_no", tradeNo,
                "trade_no", "A" + tradeNo, "trade_status", "TRADE_SUCCESS", "total_amount", "12.34",
                "version", "1.0", "sign_type", "RSA2"));
        notify.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(new HashMap<>(notify)),
                b64(ALIPAY.getPrivate().getEncoded()), "utf-8"));
        String form = notify.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));

        var first = http().post(API + "/payment/notify/alipay", form, "Content-Type", "application/x-www-form-urlencoded");
        var again = http().post(API + "/payment/notify/alipay", form, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(first.body()).isEqualTo("success");
        assertThat(again.body()).isEqualTo("success");
        assertThat(dsl().fetchValue(USERS.MONEY, USERS.EMAIL.eq(email))).isEqualTo(1234L);
    }

    /** Answers precreate with a signed QR code when Alipay's SDK verifies the request, else Alipay's refusal. */
    private static HttpServer fakeAlipay() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Map<String, String> params = new HashMap<>();
            for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
            String answer;
            try {
                boolean verified = AlipaySignature.rsaCheckV2(new HashMap<>(params), b64(APP.getPublic().getEncoded()),
                        "utf-8", "RSA2");
                String outTradeNo = params.getOrDefault("biz_content", "").replaceAll(".*\"out_trade_no\":\"([^\"]+)\".*", "$1");
                String response = verified
                        ? "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + outTradeNo
                                + "\",\"qr_code\":\"https://qr.alipay.com/" + outTradeNo + "\"}"
                        : "{\"code\":\"40002\",\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.invalid-signature\","
                                + "\"sub_msg\":\"invalid signature\"}";
                answer = "{\"alipay_trade_precreate_response\":" + response + ",\"sign\":\""
                        + AlipaySignature.rsa256Sign(response, b64(ALIPAY.getPrivate().getEncoded()), "utf-8") + "\"}";
            } catch (com.alipay.api.AlipayApiException e) {
                answer = "{}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
