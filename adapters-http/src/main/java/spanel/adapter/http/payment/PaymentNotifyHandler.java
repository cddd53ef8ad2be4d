package spanel.adapter.http.payment;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import spanel.application.payment.port.in.HandlePaymentNotify;
import spanel.domain.payment.NotifyRequest;

/**
 * GET|POST /app/api/v0/payment/notify/{gateway}: answers in the gateway's own terms. EPay and Alipay
 * stop retrying only on the plain text "success"; Stripe on any 2xx. Every authentic delivery,
 * repeats included, is acknowledged; anything else is refused so that a real gateway retries.
 */
public final class PaymentNotifyHandler implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNotifyHandler.class);
    private static final String STRIPE = "stripe";

    private final HandlePaymentNotify handleNotify;

    public PaymentNotifyHandler(HandlePaymentNotify handleNotify) {
        this.handleNotify = handleNotify;
    }

    @Override
    public void handle(Context ctx) {
        String gateway = ctx.pathParam("gateway");
        Map<String, String> params = new HashMap<>();
        boolean repeated = collect(ctx.queryParamMap(), params);
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            repeated |= collect(ctx.formParamMap(), params);
        }
        HandlePaymentNotify.NotifyHandled handled;
        if (repeated) {
            // A parameter sent twice is never what a gateway signs: refuse it rather than pick one.
            handled = new HandlePaymentNotify.NotifyHandled(HandlePaymentNotify.NotifyHandled.Outcome.REJECTED,
                    params.getOrDefault("out_trade_no", "-"), "a parameter appears more than once");
        } else {
            Map<String, String> headers = new HashMap<>();
            ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
            handled = handleNotify.handle(new HandlePaymentNotify.Command(gateway, new NotifyRequest(params, ctx.body(), headers)));
        }
        LOG.info("payment notify {} tradeno={} outcome={}: {}", gateway, handled.tradeNo(), handled.outcome(), handled.detail());
        reply(ctx, gateway, handled.acknowledged());
    }

    private static boolean collect(Map<String, List<String>> from, Map<String, String> into) {
        boolean repeated = false;
        for (var entry : from.entrySet()) {
            if (entry.getValue().size() != 1 || into.containsKey(entry.getKey())) {
                repeated = true;
            }
            if (!entry.getValue().isEmpty()) {
                into.put(entry.getKey(), entry.getValue().getFirst());
            }
        }
        return repeated;
    }

    private static void reply(Context ctx, String gateway, boolean acknowledged) {
        if (gateway.equals(STRIPE)) {
            ctx.status(acknowledged ? HttpStatus.OK : HttpStatus.BAD_REQUEST).contentType("application/json")
                    .result(acknowledged ? "{\"received\":true}" : "{\"received\":false}");
            return;
        }
        ctx.status(acknowledged ? HttpStatus.OK : HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8")
                .result(acknowledged ? "success" : "fail");
    }
}
