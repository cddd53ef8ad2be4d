package spanel.adapter.payment.epay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
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

/** 彩虹易支付 classic V1: a signed submit.php URL out, MD5-signed notifications (GET or POST) in. */
public final class EpayGateway implements PaymentGateway {

    public static final String NAME = "epay";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EpayConfig config;
    private final Outbound outbound = new Outbound(NAME);

    public EpayGateway(EpayConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String paymentUrl(PaymentRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("pid", config.pid());
        config.type().ifPresent(type -> params.put("type", type));
        params.put("out_trade_no", request.tradeNo());
        params.put("notify_url", request.notifyUrl());
        params.put("return_url", request.returnUrl());
        params.put("name", request.subject());
        params.put("money", request.amount().toDecimalString());
        params.put("sign", EpaySignature.sign(params, config.key()));
        params.put("sign_type", "MD5");
        return config.baseUrl() + "/submit.php?" + Forms.encode(params);
    }

    @Override
    public NotifyVerdict verify(NotifyRequest request) {
        Map<String, String> params = request.params();
        String tradeNo = params.getOrDefault("out_trade_no", "-");
        String sign = params.getOrDefault("sign", "");
        if (sign.isEmpty()) {
            return new NotifyVerdict.Rejected(tradeNo, "no sign");
        }
        if (!"MD5".equalsIgnoreCase(params.getOrDefault("sign_type", ""))) {
            return new NotifyVerdict.Rejected(tradeNo, "sign_type is not MD5");
        }
        if (!EpaySignature.verify(params, config.key(), sign)) {
            return new NotifyVerdict.Rejected(tradeNo, "bad sign");
        }
        if (!config.pid().equals(params.get("pid"))) {
            return new NotifyVerdict.Rejected(tradeNo, "pid is not ours");
        }
        if (!"TRADE_SUCCESS".equals(params.get("trade_status"))) {
            return new NotifyVerdict.NotPaid(tradeNo, "trade_status " + params.get("trade_status"));
        }
        String gatewayTradeNo = params.getOrDefault("trade_no", "");
        if (tradeNo.equals("-") || gatewayTradeNo.isEmpty() || gatewayTradeNo.length() > 128) {
            return new NotifyVerdict.Rejected(tradeNo, "out_trade_no or trade_no missing");
        }
        Money amount;
        try {
            amount = Money.parse(params.getOrDefault("money", ""));
        } catch (IllegalArgumentException e) {
            return new NotifyVerdict.Rejected(tradeNo, "money: " + e.getMessage());
        }
        return new NotifyVerdict.Paid(new PaymentNotice(NAME, tradeNo, gatewayTradeNo, amount, Forms.encode(new TreeMap<>(params))));
    }

    /**
     * The classic query, {@code api.php?act=order}, which takes the merchant key itself in the URL:
     * it is sent only over https (or to this machine), and no failure repeats the URL. The answer
     * counts when code is 1, it names our order and our pid, and, when it carries a sign, the sign
     * verifies; status 1 is paid, with the money handed on for the order's check.
     */
    @Override
    public GatewayAnswer ask(OrderQuery query) {
        if (!config.mayCarryTheKey()) {
            return new GatewayAnswer.Unknown("epay: EPAY_URL is not https, so the merchant key is not sent to ask about orders");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("act", "order");
        params.put("pid", config.pid());
        params.put("key", config.key());
        params.put("out_trade_no", query.tradeNo());
        JsonNode answer;
        try {
            answer = JSON.readTree(outbound.get(config.baseUrl() + "/api.php?" + Forms.encode(params)));
        } catch (GatewayFailed e) {
            return new GatewayAnswer.Unknown(e.getMessage());
        } catch (JsonProcessingException e) {
            return new GatewayAnswer.Unknown("epay answered something that is not JSON");
        }
        if (!answer.isObject()) {
            return new GatewayAnswer.Unknown("epay answered something that is not a JSON object");
        }
        // Builds differ in writing numbers as numbers or strings: every field is compared as trimmed text.
        Map<String, String> fields = new TreeMap<>();
        answer.properties().forEach(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                fields.put(field.getKey(), field.getValue().asText().strip());
            }
        });
        if (!"1".equals(fields.get("code"))) {
            return new GatewayAnswer.Unknown("epay refused the query: code " + fields.get("code"));
        }
        String sign = fields.getOrDefault("sign", "");
        if (!sign.isEmpty() && !EpaySignature.verify(fields, config.key(), sign)) {
            return new GatewayAnswer.Unknown("epay's answer carries a sign that does not verify");
        }
        if (!query.tradeNo().equals(fields.get("out_trade_no"))) {
            return new GatewayAnswer.Unknown("epay answered about another order");
        }
        if (!config.pid().equals(fields.get("pid"))) {
            return new GatewayAnswer.Unknown("epay answered for another merchant");
        }
        String status = fields.getOrDefault("status", "");
        if ("0".equals(status)) {
            return new GatewayAnswer.Unpaid("epay: status 0");
        }
        if (!"1".equals(status)) {
            return new GatewayAnswer.Unknown("epay: status " + status);
        }
        String gatewayTradeNo = fields.getOrDefault("trade_no", "");
        if (gatewayTradeNo.isEmpty() || gatewayTradeNo.length() > 128) {
            return new GatewayAnswer.Unknown("epay's answer has no trade_no");
        }
        Money amount;
        try {
            amount = Money.parse(fields.getOrDefault("money", ""));
        } catch (IllegalArgumentException e) {
            return new GatewayAnswer.Unknown("epay's money: " + e.getMessage());
        }
        fields.remove("key");
        return new GatewayAnswer.Paid(new PaymentNotice(NAME, query.tradeNo(), gatewayTradeNo, amount, Forms.encode(fields)));
    }
}
