package spanel.adapter.payment.alipay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import spanel.adapter.payment.support.CanonicalString;
import spanel.adapter.payment.support.Forms;
import spanel.adapter.payment.support.Outbound;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.PaymentNotice;

/**
 * Alipay face-to-face (当面付): alipay.trade.precreate answers the QR content the user scans;
 * notifications are verified with rsaCheckV1 over Alipay's public key.
 */
public final class AlipayGateway implements PaymentGateway {

    public static final String NAME = "alipay";
    private static final String METHOD = "alipay.trade.precreate";
    private static final String RESPONSE = "alipay_trade_precreate_response";
    private static final Set<String> PAID = Set.of("TRADE_SUCCESS", "TRADE_FINISHED");
    // Alipay reads the request timestamp as Beijing time.
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlipayConfig config;
    private final Outbound outbound = new Outbound(NAME);
    private final Clock clock;

    public AlipayGateway(AlipayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String paymentUrl(PaymentRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", config.appId());
        params.put("method", METHOD);
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", TIMESTAMP.format(clock.instant()));
        params.put("version", "1.0");
        params.put("notify_url", request.notifyUrl());
        params.put("biz_content", bizContent(request));
        params.put("sign", Rsa2.sign(CanonicalString.of(params, CanonicalString.BLANK), config.appPrivateKey()));
        String body = outbound.postForm(config.gatewayUrl(), Forms.encode(params));
        String signed = SignedResponse.member(body, RESPONSE)
                .orElseThrow(() -> new GatewayFailed("alipay answered without " + RESPONSE));
        JsonNode answer = read(body);
        String sign = answer.path("sign").asText("");
        if (!sign.isEmpty() && !Rsa2.verify(signed, sign, config.alipayPublicKey())) {
            throw new GatewayFailed("alipay's answer does not carry Alipay's signature: check ALIPAY_PUBLIC_KEY");
        }
        JsonNode response = answer.path(RESPONSE);
        String qr = response.path("qr_code").asText("");
        if (!"10000".equals(response.path("code").asText()) || qr.isEmpty()) {
            throw new GatewayFailed("alipay refused the order: " + response.path("msg").asText("")
                    + " " + response.path("sub_msg").asText(""));
        }
        return qr;
    }

    private static String bizContent(PaymentRequest request) {
        var biz = JSON.createObjectNode();
        biz.put("out_trade_no", request.tradeNo());
        biz.put("total_amount", request.amount().toDecimalString());
        biz.put("subject", request.subject());
        return biz.toString();
    }

    @Override
    public NotifyVerdict verify(NotifyRequest request) {
        Map<String, String> params = request.params();
        String tradeNo = params.getOrDefault("out_trade_no", "-");
        String sign = params.getOrDefault("sign", "");
        if (sign.isBlank()) {
            return new NotifyVerdict.Rejected(tradeNo, "no sign");
        }
        if (!"RSA2".equals(params.get("sign_type"))) {
            return new NotifyVerdict.Rejected(tradeNo, "sign_type is not RSA2");
        }
        if (!Rsa2.verify(CanonicalString.of(params, CanonicalString.BLANK), sign, config.alipayPublicKey())) {
            return new NotifyVerdict.Rejected(tradeNo, "bad sign");
        }
        if (!config.appId().equals(params.get("app_id"))) {
            return new NotifyVerdict.Rejected(tradeNo, "app_id is not ours");
        }
        if (!PAID.contains(params.getOrDefault("trade_status", ""))) {
            return new NotifyVerdict.NotPaid(tradeNo, "trade_status " + params.get("trade_status"));
        }
        String gatewayTradeNo = params.getOrDefault("trade_no", "");
        if (tradeNo.equals("-") || gatewayTradeNo.isEmpty() || gatewayTradeNo.length() > 128) {
            return new NotifyVerdict.Rejected(tradeNo, "out_trade_no or trade_no missing");
        }
        Money amount;
        try {
            amount = Money.parse(params.getOrDefault("total_amount", ""));
        } catch (IllegalArgumentException e) {
            return new NotifyVerdict.Rejected(tradeNo, "total_amount: " + e.getMessage());
        }
        return new NotifyVerdict.Paid(new PaymentNotice(NAME, tradeNo, gatewayTradeNo, amount,
                Forms.encode(new TreeMap<>(params))));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new GatewayFailed("alipay answered something that is not JSON");
        }
    }
}
