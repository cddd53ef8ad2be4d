package spanel.adapter.payment.alipay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import spanel.adapter.payment.support.CanonicalString;
import spanel.adapter.payment.support.Forms;
import spanel.adapter.payment.support.Outbound;
import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.PaymentNotice;

/**
 * Alipay face-to-face (当面付): alipay.trade.precreate answers the QR content the user scans. The
 * request is signed with the app's key over every non-empty parameter but sign (sign_type
 * included); notifications are verified with Alipay's public key over every non-empty parameter
 * but sign and sign_type (the SDK's rsaCheckV1).
 */
public final class AlipayGateway implements PaymentGateway {

    public static final String NAME = "alipay";
    private static final String METHOD = "alipay.trade.precreate";
    private static final String RESPONSE = "alipay_trade_precreate_response";
    private static final String QUERY = "alipay.trade.query";
    private static final String QUERY_RESPONSE = "alipay_trade_query_response";
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
        Map<String, String> params = common(METHOD);
        params.put("notify_url", request.notifyUrl());
        params.put("biz_content", bizContent(request));
        String body = outbound.postForm(config.gatewayUrl(), Forms.encode(signed(params)));
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

    /** The common parameters of a call to the gateway, in Beijing time. */
    private Map<String, String> common(String method) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", config.appId());
        params.put("method", method);
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", TIMESTAMP.format(clock.instant()));
        params.put("version", "1.0");
        return params;
    }

    /**
     * A request is signed over every parameter but sign, sign_type included (rsaCheckV2); only
     * notifies leave sign_type out.
     */
    private Map<String, String> signed(Map<String, String> params) {
        params.put("sign", Rsa2.sign(CanonicalString.of(params, CanonicalString.BLANK, CanonicalString.SIGN_ONLY),
                config.appPrivateKey()));
        return params;
    }

    /**
     * alipay.trade.query by out_trade_no. Nothing is believed unless Alipay's signature over the raw
     * response member verifies: an answer without one (some gateway errors) is unknown. Paid means
     * code 10000, our out_trade_no, TRADE_SUCCESS or TRADE_FINISHED; the amount is handed on for the
     * order's check. A trade Alipay does not know yet (the QR code was never scanned) is unpaid.
     */
    @Override
    public GatewayAnswer ask(OrderQuery query) {
        Map<String, String> params = common(QUERY);
        var biz = JSON.createObjectNode();
        biz.put("out_trade_no", query.tradeNo());
        params.put("biz_content", biz.toString());
        String body;
        try {
            body = outbound.postForm(config.gatewayUrl(), Forms.encode(signed(params)));
        } catch (GatewayFailed e) {
            return new GatewayAnswer.Unknown(e.getMessage());
        }
        String member = SignedResponse.member(body, QUERY_RESPONSE).isPresent() ? QUERY_RESPONSE : "error_response";
        Optional<String> span = SignedResponse.member(body, member);
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return new GatewayAnswer.Unknown("alipay answered something that is not JSON");
        }
        String sign = answer.path("sign").asText("");
        if (span.isEmpty() || sign.isEmpty()) {
            return new GatewayAnswer.Unknown("alipay answered without a signed " + QUERY_RESPONSE);
        }
        if (!signedByAlipay(span.get(), sign)) {
            return new GatewayAnswer.Unknown("alipay's answer does not carry Alipay's signature: check ALIPAY_PUBLIC_KEY");
        }
        JsonNode response = answer.path(member);
        String code = response.path("code").asText("");
        if (!"10000".equals(code)) {
            if ("ACQ.TRADE_NOT_EXIST".equals(response.path("sub_code").asText(""))) {
                return new GatewayAnswer.Unpaid("alipay has no trade yet (the QR code was not scanned)");
            }
            return new GatewayAnswer.Unknown("alipay refused the query: " + code + " " + response.path("sub_code").asText(""));
        }
        if (!query.tradeNo().equals(response.path("out_trade_no").asText(""))) {
            return new GatewayAnswer.Unknown("alipay answered about another order");
        }
        String status = response.path("trade_status").asText("");
        if ("TRADE_CLOSED".equals(status)) {
            return new GatewayAnswer.Closed("alipay: TRADE_CLOSED");
        }
        if (!PAID.contains(status)) {
            return new GatewayAnswer.Unpaid("alipay: " + status);
        }
        String gatewayTradeNo = response.path("trade_no").asText("");
        if (gatewayTradeNo.isEmpty() || gatewayTradeNo.length() > 128) {
            return new GatewayAnswer.Unknown("alipay's answer has no trade_no");
        }
        Money amount;
        try {
            amount = Money.parse(response.path("total_amount").asText(""));
        } catch (IllegalArgumentException e) {
            return new GatewayAnswer.Unknown("alipay's total_amount: " + e.getMessage());
        }
        return new GatewayAnswer.Paid(new PaymentNotice(NAME, query.tradeNo(), gatewayTradeNo, amount, span.get()));
    }

    /** Alipay may sign a "/" that its JSON then escapes as "\/": the SDKs check that form too. */
    private boolean signedByAlipay(String span, String sign) {
        return Rsa2.verify(span, sign, config.alipayPublicKey())
                || span.contains("\\/") && Rsa2.verify(span.replace("\\/", "/"), sign, config.alipayPublicKey());
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
