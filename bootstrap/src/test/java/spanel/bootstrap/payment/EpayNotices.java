package spanel.bootstrap.payment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** An EPay merchant for end-to-end tests: its configuration, and notifications signed as the gateway signs them. */
public final class EpayNotices {

    public static final String KEY = "e2e-merchant-key-0123456789";

    /** The variables that enable EPay with this merchant. */
    public static final Map<String, String> ENVIRONMENT = Map.of("EPAY_URL", "https://pay.example.com",
            "EPAY_PID", "1001", "EPAY_KEY", KEY, "PUBLIC_URL", "https://panel.example.com");

    private EpayNotices() {
    }

    /** The query of a signed notification: {@code money} paid for {@code tradeNo}, as the platform's {@code platformTradeNo}. */
    public static String paid(String tradeNo, String platformTradeNo, String money) {
        Map<String, String> notify = new TreeMap<>(Map.of("pid", "1001", "trade_no", platformTradeNo,
                "out_trade_no", tradeNo, "type", "alipay", "name", tradeNo, "money", money,
                "trade_status", "TRADE_SUCCESS", "sign_type", "MD5"));
        notify.put("sign", sign(notify));
        return encode(notify);
    }

    static String sign(Map<String, String> params) {
        String canonical = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("sign") && !e.getKey().equals("sign_type") && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((canonical + KEY).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
