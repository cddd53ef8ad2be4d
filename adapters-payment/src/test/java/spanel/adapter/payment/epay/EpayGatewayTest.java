package spanel.adapter.payment.epay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;

/** EPay's classic MD5 scheme, a worked example of the canonical string and digest first. */
class EpayGatewayTest {

    static final String KEY = "Kx9ExampleMerchantKey0000000000";
    private final EpayGateway gateway = new EpayGateway(new EpayConfig("https://pay.example.com/", "1001", KEY, Optional.of("alipay")));

    static Map<String, String> exampleNotify() {
        Map<String, String> params = new HashMap<>(Map.of("pid", "1001", "trade_no", "2025010112000088881234",
                "out_trade_no", "20250101120000123456", "type", "alipay", "name", "VIP Monthly", "money", "10.00",
                "trade_status", "TRADE_SUCCESS", "param", "", "sign_type", "MD5"));
        params.put("sign", EpaySignature.sign(params, KEY));
        return params;
    }

    @Test
    void theSubmitSignatureMatchesTheWorkedExample() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("pid", "1001");
        params.put("type", "alipay");
        params.put("out_trade_no", "20250101120000123456");
        params.put("notify_url", "https://panel.example.com/api/v1/guest/payment/notify/EPay/abc123");
        params.put("return_url", "https://panel.example.com/#/order/20250101120000123456");
        params.put("name", "VIP Monthly");
        params.put("money", "10.00");
        params.put("sitename", "");

        assertThat(EpaySignature.sign(params, KEY)).isEqualTo("6d877316ac3f142b91d7f5ac5ca277fa");
    }

    @Test
    void theNotifySignatureDropsTheEmptyParam() {
        Map<String, String> params = exampleNotify();
        assertThat(params.get("sign")).isEqualTo("cf6b1d35cffcfa08cf1312db23a5639b");

        // Keeping "param=" would have signed another string.
        String kept = "money=10.00&name=VIP Monthly&out_trade_no=20250101120000123456&param=&pid=1001"
                + "&trade_no=2025010112000088881234&trade_status=TRADE_SUCCESS&type=alipay" + KEY;
        assertThat(md5(kept)).isEqualTo("c85c75827e27b249c290d6df7304ea6a");
    }

    @Test
    void theExampleNotifyIsAPaymentOfTenYuan() {
        var verdict = gateway.verify(notify(exampleNotify()));

        assertThat(verdict).isInstanceOf(NotifyVerdict.Paid.class);
        var notice = ((NotifyVerdict.Paid) verdict).notice();
        assertThat(notice.tradeNo()).isEqualTo("20250101120000123456");
        assertThat(notice.gatewayTradeNo()).isEqualTo("2025010112000088881234");
        assertThat(notice.amount()).isEqualTo(Money.ofFen(1000));
    }

    @Test
    void thePaymentUrlIsSignedAndEncoded() {
        String url = gateway.paymentUrl(new PaymentRequest("T1", Money.ofFen(1999), "Top-up 19.99",
                "https://panel.example.com/app/api/v0/payment/notify/epay", "https://panel.example.com/app/api/v0/payment/return/epay"));

        assertThat(url).startsWith("https://pay.example.com/submit.php?pid=1001&type=alipay&out_trade_no=T1&");
        assertThat(url).contains("name=Top-up+19.99").contains("money=19.99").endsWith("&sign_type=MD5");
        Map<String, String> sent = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            sent.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(sent.get("sign")).isEqualTo(EpaySignature.sign(sent, KEY));
        assertThat(sent.get("notify_url")).isEqualTo("https://panel.example.com/app/api/v0/payment/notify/epay");
    }

    @Test
    void aBadMissingOrEmptySignIsRejected() {
        Map<String, String> bad = exampleNotify();
        bad.put("sign", "cf6b1d35cffcfa08cf1312db23a5639c");
        Map<String, String> missing = exampleNotify();
        missing.remove("sign");
        Map<String, String> empty = exampleNotify();
        empty.put("sign", "");
        Map<String, String> upper = exampleNotify();
        upper.put("sign", upper.get("sign").toUpperCase());

        assertRejected(bad, "bad sign");
        assertRejected(missing, "no sign");
        assertRejected(empty, "no sign");
        assertRejected(upper, "bad sign");
    }

    @Test
    void aWrongSignTypeIsRejected() {
        Map<String, String> params = exampleNotify();
        params.put("sign_type", "SHA256");
        assertRejected(params, "sign_type is not MD5");
        params.remove("sign_type");
        assertRejected(params, "sign_type is not MD5");
    }

    @Test
    void anotherMerchantsKeyOrPidIsRejected() {
        Map<String, String> otherKey = exampleNotify();
        otherKey.put("sign", EpaySignature.sign(otherKey, "another merchant's key"));
        assertRejected(otherKey, "bad sign");

        Map<String, String> otherPid = exampleNotify();
        otherPid.put("pid", "2002");
        otherPid.put("sign", EpaySignature.sign(otherPid, KEY));
        assertRejected(otherPid, "pid is not ours");
    }

    @Test
    void aChangedParameterBreaksTheSignature() {
        Map<String, String> params = exampleNotify();
        params.put("out_trade_no", "20250101120000999999");
        assertRejected(params, "bad sign");
        Map<String, String> money = exampleNotify();
        money.put("money", "100.00");
        assertRejected(money, "bad sign");
    }

    @Test
    void aSignedNonSuccessStatusIsNotAPayment() {
        Map<String, String> params = exampleNotify();
        params.put("trade_status", "WAIT_BUYER_PAY");
        params.put("sign", EpaySignature.sign(params, KEY));

        assertThat(gateway.verify(notify(params))).isInstanceOf(NotifyVerdict.NotPaid.class);
    }

    @Test
    void addedFieldsAreAcceptedWhenSigned() {
        Map<String, String> params = exampleNotify();
        params.put("buyer", "someone");
        params.put("sign", EpaySignature.sign(params, KEY));

        assertThat(gateway.verify(notify(params))).isInstanceOf(NotifyVerdict.Paid.class);
    }

    private void assertRejected(Map<String, String> params, String reason) {
        assertThat(gateway.verify(notify(params))).isEqualTo(
                new NotifyVerdict.Rejected(params.getOrDefault("out_trade_no", "-"), reason));
    }

    static NotifyRequest notify(Map<String, String> params) {
        return new NotifyRequest(params, "", Map.of());
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
