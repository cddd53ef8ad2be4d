package spanel.adapter.payment.epay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import spanel.adapter.payment.support.Forms;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.domain.money.Money;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.PaymentNotice;

/** 彩虹易支付 classic V1: a signed submit.php URL out, MD5-signed notifications (GET or POST) in. */
public final class EpayGateway implements PaymentGateway {

    public static final String NAME = "epay";

    private final EpayConfig config;

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
}
