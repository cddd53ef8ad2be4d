package spanel.adapter.payment.stripe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import spanel.adapter.payment.support.Forms;
import spanel.adapter.payment.support.Outbound;
import spanel.application.payment.port.out.OrderQuery;
import spanel.application.payment.port.out.PaymentGateway;
import spanel.application.payment.port.out.PaymentRequest;
import spanel.application.payment.port.out.PaymentStarted;
import spanel.domain.money.Money;
import spanel.domain.payment.GatewayAnswer;
import spanel.domain.payment.GatewayFailed;
import spanel.domain.payment.NotifyRequest;
import spanel.domain.payment.NotifyVerdict;
import spanel.domain.payment.PaymentNotice;

/**
 * Stripe Checkout: a Checkout Session created through the API, its hosted page as the payment URL;
 * webhooks verified over the raw body. The tradeno travels as client_reference_id and as metadata
 * on the session and its PaymentIntent, so both completion events name the order. The gateway
 * trade number is the PaymentIntent id, so the two events of one payment count once.
 */
public final class StripeGateway implements PaymentGateway {

    public static final String NAME = "stripe";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StripeConfig config;
    private final Outbound outbound = new Outbound(NAME);
    private final Clock clock;

    public StripeGateway(StripeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String paymentUrl(PaymentRequest request) {
        return start(request).paymentUrl();
    }

    /** The Checkout Session's hosted page, and its id: reconciliation retrieves the session by it. */
    @Override
    public PaymentStarted start(PaymentRequest request) {
        long minor;
        try {
            minor = StripeAmounts.toMinor(request.amount(), config.currency());
        } catch (IllegalArgumentException e) {
            throw new GatewayFailed("stripe: " + e.getMessage());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "payment");
        form.put("success_url", request.returnUrl());
        form.put("cancel_url", request.returnUrl());
        form.put("client_reference_id", request.tradeNo());
        form.put("metadata[tradeno]", request.tradeNo());
        form.put("payment_intent_data[metadata][tradeno]", request.tradeNo());
        form.put("line_items[0][quantity]", "1");
        form.put("line_items[0][price_data][currency]", config.currency());
        form.put("line_items[0][price_data][unit_amount]", Long.toString(minor));
        form.put("line_items[0][price_data][product_data][name]", request.subject());
        String body = outbound.postForm(config.apiUrl() + "/v1/checkout/sessions", Forms.encode(form),
                "Authorization", "Bearer " + config.secretKey(), "Idempotency-Key", request.tradeNo());
        JsonNode session = read(body);
        String url = session.path("url").asText("");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new GatewayFailed("stripe answered a Checkout Session without a url");
        }
        String id = session.path("id").asText("");
        return new PaymentStarted(url, id.isEmpty() || id.length() > 255 ? Optional.empty() : Optional.of(id));
    }

    /**
     * Retrieves the order's Checkout Session. The answer comes over TLS from Stripe, asked with the
     * secret key, so it is Stripe's word; it counts only when it is the session we opened, for our
     * order (client_reference_id), in the key's mode (livemode), in our currency. Paid means
     * complete and paid; expired is closed; a session paid by a method still processing stays unpaid.
     */
    @Override
    public GatewayAnswer ask(OrderQuery query) {
        if (query.reference().isEmpty()) {
            return new GatewayAnswer.Unknown("stripe: no Checkout Session id was kept for this order");
        }
        String id = query.reference().get();
        if (!id.matches("[A-Za-z0-9_]{1,255}")) {
            return new GatewayAnswer.Unknown("stripe: the kept Checkout Session id is not one");
        }
        JsonNode session;
        try {
            session = read(outbound.get(config.apiUrl() + "/v1/checkout/sessions/" + id,
                    "Authorization", "Bearer " + config.secretKey()));
        } catch (GatewayFailed e) {
            return new GatewayAnswer.Unknown(e.getMessage());
        }
        if (!"checkout.session".equals(session.path("object").asText()) || !id.equals(session.path("id").asText())) {
            return new GatewayAnswer.Unknown("stripe answered something other than the Checkout Session");
        }
        if (!query.tradeNo().equals(session.path("client_reference_id").asText(""))) {
            return new GatewayAnswer.Unknown("stripe's Checkout Session is for another order");
        }
        Optional<Boolean> live = config.liveMode();
        if (live.isPresent() && session.path("livemode").isBoolean() && session.path("livemode").asBoolean() != live.get()) {
            return new GatewayAnswer.Unknown("stripe's Checkout Session is not in the secret key's mode");
        }
        String status = session.path("status").asText("");
        String paymentStatus = session.path("payment_status").asText("");
        if ("expired".equals(status)) {
            return new GatewayAnswer.Closed("stripe: session expired");
        }
        if (!"complete".equals(status) || !"paid".equals(paymentStatus)) {
            return new GatewayAnswer.Unpaid("stripe: session " + status + ", payment " + paymentStatus);
        }
        return switch (paid(query.tradeNo(), session.path("payment_intent").asText(id), session.path("amount_total"),
                session.path("currency").asText(""), session.toString())) {
            case NotifyVerdict.Paid paid -> new GatewayAnswer.Paid(paid.notice());
            case NotifyVerdict.Rejected rejected -> new GatewayAnswer.Unknown("stripe: " + rejected.reason());
            case NotifyVerdict.NotPaid notPaid -> new GatewayAnswer.Unpaid("stripe: " + notPaid.reason());
        };
    }

    @Override
    public NotifyVerdict verify(NotifyRequest request) {
        Optional<String> problem = StripeSignature.problem(request.header("stripe-signature").orElse(null),
                request.rawBody(), config.webhookSecret(), clock.instant());
        if (problem.isPresent()) {
            return new NotifyVerdict.Rejected("-", problem.get());
        }
        JsonNode event;
        try {
            event = JSON.readTree(request.rawBody());
        } catch (JsonProcessingException e) {
            return new NotifyVerdict.Rejected("-", "the body is not JSON");
        }
        String type = event.path("type").asText("");
        JsonNode object = event.path("data").path("object");
        return switch (type) {
            case "checkout.session.completed" -> {
                String tradeNo = object.path("client_reference_id").asText(object.path("metadata").path("tradeno").asText("-"));
                if (!"paid".equals(object.path("payment_status").asText())) {
                    yield new NotifyVerdict.NotPaid(tradeNo, "checkout session payment_status " + object.path("payment_status").asText());
                }
                yield paid(tradeNo, object.path("payment_intent").asText(object.path("id").asText("")),
                        object.path("amount_total"), object.path("currency").asText(""), request.rawBody());
            }
            case "payment_intent.succeeded" -> paid(object.path("metadata").path("tradeno").asText("-"),
                    object.path("id").asText(""), object.path("amount_received"), object.path("currency").asText(""),
                    request.rawBody());
            default -> new NotifyVerdict.NotPaid("-", "event " + type + " is not a payment");
        };
    }

    private NotifyVerdict paid(String tradeNo, String paymentId, JsonNode amount, String currency, String payload) {
        if (tradeNo.isEmpty() || tradeNo.equals("-") || paymentId.isEmpty() || paymentId.length() > 128) {
            return new NotifyVerdict.Rejected(tradeNo, "the event names no order or payment");
        }
        if (!config.currency().equals(currency)) {
            return new NotifyVerdict.Rejected(tradeNo, "currency " + currency + " is not " + config.currency());
        }
        if (!amount.canConvertToLong() || !amount.isIntegralNumber() || amount.asLong() <= 0) {
            return new NotifyVerdict.Rejected(tradeNo, "no amount");
        }
        Money money;
        try {
            money = StripeAmounts.fromMinor(amount.asLong(), currency);
        } catch (IllegalArgumentException e) {
            return new NotifyVerdict.Rejected(tradeNo, e.getMessage());
        }
        return new NotifyVerdict.Paid(new PaymentNotice(NAME, tradeNo, paymentId, money, payload));
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new GatewayFailed("stripe answered something that is not JSON");
        }
    }
}
