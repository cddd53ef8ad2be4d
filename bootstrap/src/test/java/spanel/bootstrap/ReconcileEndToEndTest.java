package spanel.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static spanel.adapter.persistence.generated.Tables.BALANCE_LEDGER;
import static spanel.adapter.persistence.generated.Tables.TOPUP_ORDERS;
import static spanel.adapter.persistence.generated.Tables.USERS;

import com.alipay.api.internal.util.AlipaySignature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import spanel.application.payment.port.in.ReconcileOrders.Outcome;
import spanel.application.payment.port.in.ReconcileOrders;
import spanel.domain.common.MovableClock;
import spanel.domain.payment.OrderId;

/**
 * Lost notifies recovered on the assembled service: Alipay, Stripe and EPay are stand-ins on this
 * machine, each answering its order query as the vendor does (Alipay's answers signed with its SDK,
 * which also checks every request spanel signs). The operator's command asks about one order or
 * sweeps the unpaid ones, as the order-reconcile job does; what the gateways report paid is credited once, a late notify credits
 * nothing more, and the ledger sums to the balance.
 */
class ReconcileEndToEndTest extends EndToEndTest {

    private static final String API = "/app/api/v0";
    private static final String APP_ID = "2021000000000001";
    private static final String EPAY_KEY = "Kx9ExampleMerchantKey0000000000";
    private static final KeyPair ALIPAY = rsa();
    private static final KeyPair APP = rsa();

    /**
     * The service's clock stands still (10 s past a two-minute boundary) and moves only when a test
     * moves it, so its own order-reconcile job runs only when a test lets it, never in the middle.
     */
    private final MovableClock clock = MovableClock.at("2026-12-07T12:00:10Z");
    /** What each stand-in says of an order, by tradeno: "paid:10.00", "closed", or nothing (unpaid). */
    private final Map<String, String> atTheGateway = new ConcurrentHashMap<>();
    private volatile boolean gatewaysDown;
    private final HttpServer gateways = gateways();

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Map<String, String> extraEnvironment() {
        String base = "http://127.0.0.1:" + gateways.getAddress().getPort();
        return Map.ofEntries(Map.entry("ALIPAY_APP_ID", APP_ID), Map.entry("ALIPAY_PRIVATE_KEY", b64(APP.getPrivate().getEncoded())),
                Map.entry("ALIPAY_PUBLIC_KEY", b64(ALIPAY.getPublic().getEncoded())),
                Map.entry("ALIPAY_GATEWAY_URL", base + "/alipay/gateway.do"),
                Map.entry("STRIPE_SECRET_KEY", "sk_test_ExampleKey"), Map.entry("STRIPE_WEBHOOK_SECRET", "whsec_x"),
                Map.entry("STRIPE_CURRENCY", "usd"), Map.entry("STRIPE_API_URL", base + "/stripe"),
                Map.entry("EPAY_URL", base + "/epay"), Map.entry("EPAY_PID", "1001"), Map.entry("EPAY_KEY", EPAY_KEY),
                Map.entry("PUBLIC_URL", "https://panel.example.com"));
    }

    @AfterAll
    void stopTheGateways() {
        gateways.stop(0);
    }

    private record Payer(String email, String[] token) {
    }

    /** Runs the jobs due at the clock's time now (or finds them run), so none is due while the test runs. */
    @BeforeEach
    void jobsRunUpToNow() {
        app().runDueJobs();
    }

    private Payer payer() {
        String email = "payer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}";
        http().post(API + "/auth/register", body);
        return new Payer(email, new String[] {"Authorization",
                "Bearer " + http().post(API + "/auth/login", body).json().get("data").get("access_token").asText()});
    }

    private record Order(long id, String tradeNo) {
    }

    private Order topUp(Payer payer, String gateway, String total) {
        var created = http().post(API + "/payment/create", "{\"total\":\"" + total + "\",\"gateway\":\"" + gateway + "\"}",
                payer.token());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return new Order(created.json().get("data").get("id").asLong(), created.json().get("data").get("tradeno").asText());
    }

    private ReconcileOrders.Checked reconcile(Order order) {
        return DatabaseCommands.reconcileOrders(settings(), new ReconcileOrders.Command(Optional.of(OrderId.of(order.id()))),
                clock).orders().getFirst();
    }

    private long money(Payer payer) {
        return dsl().fetchValue(USERS.MONEY, USERS.EMAIL.eq(payer.email()));
    }

    private long ledger(Payer payer) {
        return dsl().select(DSL.coalesce(DSL.sum(BALANCE_LEDGER.DELTA), BigDecimal.ZERO)).from(BALANCE_LEDGER)
                .join(USERS).on(USERS.ID.eq(BALANCE_LEDGER.USER_ID)).where(USERS.EMAIL.eq(payer.email()))
                .fetchSingle().value1().longValue();
    }

    private short status(Order order) {
        return dsl().fetchValue(TOPUP_ORDERS.STATUS, TOPUP_ORDERS.ID.eq(order.id()));
    }

    @Test
    void paymentsWhoseNotifiesWereLostAreCreditedOnceThroughEachGateway() throws Exception {
        Payer payer = payer();
        Order alipay = topUp(payer, "alipay", "10.00");
        Order stripe = topUp(payer, "stripe", "20.00");
        Order epay = topUp(payer, "epay", "30.00");

        assertThat(reconcile(alipay).outcome()).isEqualTo(Outcome.UNPAID);
        atTheGateway.put(alipay.tradeNo(), "paid:10.00");
        atTheGateway.put(stripe.tradeNo(), "paid:20.00");
        atTheGateway.put(epay.tradeNo(), "paid:30.00");

        assertThat(reconcile(alipay).outcome()).isEqualTo(Outcome.RECOVERED);
        assertThat(reconcile(stripe).outcome()).isEqualTo(Outcome.RECOVERED);
        assertThat(reconcile(epay).outcome()).isEqualTo(Outcome.RECOVERED);
        assertThat(reconcile(epay).outcome()).isEqualTo(Outcome.NOT_ASKED);

        // Alipay delivers the notify after all: a duplicate, acknowledged, nothing more credited.
        var late = http().post(API + "/payment/notify/alipay", alipayNotify(alipay.tradeNo(), "10.00"),
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(late.body()).isEqualTo("success");
        assertThat(money(payer)).isEqualTo(6_000).isEqualTo(ledger(payer));
        assertThat(status(alipay)).isEqualTo((short) 1);

        // The admin's CSV of the ledger tells the same: three top-ups, summing to the balance.
        long user = dsl().fetchValue(USERS.ID, USERS.EMAIL.eq(payer.email()));
        // The ledger's rows carry the database's own time.
        long now = Instant.now().getEpochSecond();
        var csv = http().get(API + "/admin/ledger/export?from=" + (now - 3_600) + "&to=" + (now + 3_600), asAdmin());
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String[]> rows = csv.body().lines().skip(1).map(line -> line.split(","))
                .filter(cells -> cells[1].equals(Long.toString(user))).toList();
        assertThat(rows).extracting(cells -> cells[4]).containsExactly("topup", "topup", "topup");
        assertThat(rows.stream().mapToLong(cells -> new BigDecimal(cells[2]).movePointRight(2).longValueExact()).sum())
                .isEqualTo(money(payer));
    }

    @Test
    void aPaymentOfAnotherAmountIsFlaggedForReviewAndNotCredited() {
        Payer payer = payer();
        Order order = topUp(payer, "epay", "10.00");
        atTheGateway.put(order.tradeNo(), "paid:1.00");

        assertThat(reconcile(order).outcome()).isEqualTo(Outcome.FLAGGED);

        assertThat(dsl().fetchValue(TOPUP_ORDERS.NEEDS_REVIEW, TOPUP_ORDERS.ID.eq(order.id()))).isTrue();
        assertThat(status(order)).isZero();
        assertThat(money(payer)).isZero();
    }

    @Test
    void anOrderClosedAtTheGatewayIsClosedHere() {
        Payer payer = payer();
        Order order = topUp(payer, "alipay", "10.00");
        atTheGateway.put(order.tradeNo(), "closed");

        assertThat(reconcile(order).outcome()).isEqualTo(Outcome.CLOSED);

        assertThat(status(order)).isEqualTo((short) 2);
        assertThat(money(payer)).isZero();
    }

    @Test
    void whileTheGatewaysAreDownNothingIsCreditedAndTheSweepWaitsBeforeAskingAgain() {
        Payer payer = payer();
        Order order = topUp(payer, "stripe", "10.00");
        atTheGateway.put(order.tradeNo(), "paid:10.00");
        gatewaysDown = true;
        try {
            assertThat(reconcile(order).outcome()).isEqualTo(Outcome.FAILED);
            assertThat(money(payer)).isZero();
            gatewaysDown = false;

            // The order's wait (a minute after one failure) is not over: the sweep leaves it alone.
            clock.advance(Duration.ofSeconds(30));
            assertThat(sweep().orders()).noneMatch(c -> c.order().value() == order.id());
            assertThat(status(order)).isZero();

            clock.advance(Duration.ofMinutes(1));
            assertThat(sweep().orders()).filteredOn(c -> c.order().value() == order.id())
                    .extracting(ReconcileOrders.Checked::outcome).containsExactly(Outcome.RECOVERED);
            assertThat(status(order)).isEqualTo((short) 1);
            assertThat(money(payer)).isEqualTo(1_000).isEqualTo(ledger(payer));
        } finally {
            gatewaysDown = false;
        }
    }

    private ReconcileOrders.Reconciled sweep() {
        return DatabaseCommands.reconcileOrders(settings(), ReconcileOrders.Command.sweep(), clock);
    }

    private static String alipayNotify(String tradeNo, String amount) throws Exception {
        Map<String, String> notify = new HashMap<>(Map.of("app_id", APP_ID, "charset", "utf-8",
                "notify_type", "trade_status_sync", "notify_id", "N" + tradeNo, "out_trade_no", tradeNo,
                "trade_no", "A" + tradeNo, "trade_status", "TRADE_SUCCESS", "total_amount", amount,
                "version", "1.0", "sign_type", "RSA2"));
        notify.put("sign", AlipaySignature.rsa256Sign(AlipaySignature.getSignCheckContentV1(new HashMap<>(notify)),
                b64(ALIPAY.getPrivate().getEncoded()), "utf-8"));
        return notify.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The three stand-ins on one port: /alipay/gateway.do, /stripe/v1/checkout/sessions[/{id}], /epay/api.php. */
    private HttpServer gateways() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/alipay/", exchange -> answer(exchange, alipay(form(exchange))));
        server.createContext("/stripe/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("POST")) {
                String tradeNo = form(exchange).get("client_reference_id");
                answer(exchange, "{\"id\":\"cs_test_" + tradeNo + "\",\"object\":\"checkout.session\","
                        + "\"url\":\"https://checkout.stripe.com/c/pay/cs_test_" + tradeNo + "\"}");
                return;
            }
            String tradeNo = path.substring(path.lastIndexOf("/cs_test_") + "/cs_test_".length());
            String state = atTheGateway.getOrDefault(tradeNo, "open");
            boolean paid = state.startsWith("paid:");
            long amount = paid ? new BigDecimal(state.substring(5)).movePointRight(2).longValueExact() : 1_000;
            answer(exchange, "{\"id\":\"cs_test_" + tradeNo + "\",\"object\":\"checkout.session\",\"livemode\":false,"
                    + "\"mode\":\"payment\",\"status\":\"" + (paid ? "complete" : state.equals("closed") ? "expired" : "open")
                    + "\",\"payment_status\":\"" + (paid ? "paid" : "unpaid") + "\",\"amount_total\":" + amount
                    + ",\"currency\":\"usd\",\"client_reference_id\":\"" + tradeNo + "\",\"payment_intent\":\"pi_" + tradeNo + "\"}");
        });
        server.createContext("/epay/", exchange -> {
            Map<String, String> query = decode(exchange.getRequestURI().getRawQuery());
            String tradeNo = query.get("out_trade_no");
            if (!EPAY_KEY.equals(query.get("key"))) {
                answer(exchange, "{\"code\":-2,\"msg\":\"KEY校验失败\"}");
                return;
            }
            String state = atTheGateway.getOrDefault(tradeNo, "");
            boolean paid = state.startsWith("paid:");
            answer(exchange, "{\"code\":1,\"msg\":\"查询订单号成功！\",\"trade_no\":\"E" + tradeNo + "\",\"out_trade_no\":\""
                    + tradeNo + "\",\"type\":\"alipay\",\"pid\":\"1001\",\"money\":\"" + (paid ? state.substring(5) : "0.00")
                    + "\",\"status\":" + (paid ? 1 : 0) + "}");
        });
        server.start();
        return server;
    }

    /** Checks the request with Alipay's SDK as Alipay does, and signs the answer as Alipay signs it. */
    private String alipay(Map<String, String> params) {
        try {
            if (!AlipaySignature.rsaCheckV2(new HashMap<>(params), b64(APP.getPublic().getEncoded()), "utf-8", "RSA2")) {
                return signed("error_response", "{\"code\":\"40002\",\"msg\":\"Invalid Arguments\","
                        + "\"sub_code\":\"isv.invalid-signature\"}");
            }
            String tradeNo = params.getOrDefault("biz_content", "").replaceAll(".*\"out_trade_no\":\"([^\"]+)\".*", "$1");
            if (params.get("method").equals("alipay.trade.precreate")) {
                return signed("alipay_trade_precreate_response", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\""
                        + tradeNo + "\",\"qr_code\":\"https://qr.alipay.com/" + tradeNo + "\"}");
            }
            String state = atTheGateway.getOrDefault(tradeNo, "");
            if (state.isEmpty()) {
                return signed("alipay_trade_query_response", "{\"code\":\"40004\",\"msg\":\"Business Failed\","
                        + "\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"交易不存在\",\"out_trade_no\":\"" + tradeNo + "\"}");
            }
            boolean paid = state.startsWith("paid:");
            return signed("alipay_trade_query_response", "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + tradeNo
                    + "\",\"total_amount\":\"" + (paid ? state.substring(5) : "10.00") + "\",\"trade_no\":\"A" + tradeNo
                    + "\",\"trade_status\":\"" + (paid ? "TRADE_SUCCESS" : "TRADE_CLOSED") + "\"}");
        } catch (com.alipay.api.AlipayApiException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signed(String member, String span) throws com.alipay.api.AlipayApiException {
        return "{\"" + member + "\":" + span + ",\"sign\":\""
                + AlipaySignature.rsa256Sign(span, b64(ALIPAY.getPrivate().getEncoded()), "utf-8") + "\"}";
    }

    private void answer(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(gatewaysDown ? 503 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        return decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> params = new HashMap<>();
        for (String pair : (form == null ? "" : form).split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
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
