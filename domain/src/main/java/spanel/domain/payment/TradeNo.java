package spanel.domain.payment;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Our order number handed to gateways (out_trade_no): the UTC creation time, readable for support,
 * then 80 random bits, so nobody can guess another user's order number.
 */
public final class TradeNo {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final int RANDOM_BYTES = 10;

    private TradeNo() {
    }

    public static String next(Instant now, RandomGenerator random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return STAMP.format(now) + HexFormat.of().formatHex(bytes);
    }
}
