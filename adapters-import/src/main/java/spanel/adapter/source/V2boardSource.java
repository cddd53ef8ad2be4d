package spanel.adapter.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import spanel.application.imports.port.out.SourcePanel;
import spanel.domain.user.LegacyPasswordHash;

/**
 * A V2board database, or Xboard's: before 2025-01 one table per protocol (ids per table), from then
 * one v2_server table ({@link XboardServers}) and plan prices in yuan. Amounts are otherwise cents,
 * times Unix seconds. Users' proxy credentials all derive from the uuid.
 */
public final class V2boardSource implements SourcePanel {

    /** The node_group of users in no V2board group: no node uses it, as no V2board node served them. */
    static final int NO_GROUP = -1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USER_COLUMNS = List.of("id", "email", "password", "password_algo",
            "password_salt", "balance", "commission_balance", "u", "d", "transfer_enable", "banned", "is_admin",
            "is_staff", "uuid", "group_id", "plan_id", "speed_limit", "token", "expired_at", "invite_user_id",
            "created_at");
    private static final List<String> SERVER_COLUMNS = List.of("id", "group_id", "name", "rate", "host", "port",
            "server_port", "show", "created_at");
    private static final List<String> XBOARD_SERVER_COLUMNS = List.of("id", "type", "code", "group_ids", "name", "rate",
            "host", "port", "server_port", "protocol_settings", "show", "created_at");
    /** V2board's price column, the label, the days, and Xboard's key in {@code prices}. */
    private static final String[][] PERIODS = {{"month_price", "monthly", "30", "monthly"},
        {"quarter_price", "quarterly", "90", "quarterly"}, {"half_year_price", "half-yearly", "180", "half_yearly"},
        {"year_price", "yearly", "365", "yearly"}, {"two_year_price", "two-yearly", "730", "two_yearly"},
        {"three_year_price", "three-yearly", "1095", "three_yearly"}, {"onetime_price", "one-time", "", "onetime"}};

    private final String jdbcUrl;

    public V2boardSource(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public String name() {
        return "v2board";
    }

    @Override
    public Installation read() {
        try (SourceDatabase db = SourceDatabase.open(jdbcUrl)) {
            // Xboard from 2025-01 keeps every node in one v2_server table, and plan prices in one JSON column.
            boolean oneServerTable = db.hasTable("v2_server") && !db.hasTable("v2_server_vmess");
            String panel = oneServerTable ? "Xboard" : "V2board";
            db.require(panel, "v2_user", USER_COLUMNS);
            db.require(panel, "v2_invite_code", List.of("user_id", "code", "status"));
            boolean pricesJson = db.hasColumn("v2_plan", "prices");
            db.require(panel, "v2_plan", List.of("id", "group_id", "transfer_enable", "name", pricesJson ? "prices" : "month_price",
                    "show"));
            List<Node> nodes = new ArrayList<>();
            Map<Integer, String> ciphers = new HashMap<>();
            if (oneServerTable) {
                db.require(panel, "v2_server", XBOARD_SERVER_COLUMNS);
                boolean enabledColumn = db.hasColumn("v2_server", "enabled");
                db.each("SELECT s.*, UNIX_TIMESTAMP(s.created_at) AS created_unix FROM v2_server s ORDER BY s.id",
                        row -> nodes.add(XboardServers.node(row, ciphers, enabledColumn)));
            } else {
                db.require(panel, "v2_server_shadowsocks", SERVER_COLUMNS);
                db.require(panel, "v2_server_vmess", SERVER_COLUMNS);
                db.require(panel, "v2_server_trojan", SERVER_COLUMNS);
                db.each("SELECT * FROM v2_server_shadowsocks ORDER BY id", row -> nodes.add(shadowsocks(row, ciphers)));
                db.each("SELECT * FROM v2_server_vmess ORDER BY id", row -> nodes.add(vmess(row)));
                db.each("SELECT * FROM v2_server_trojan ORDER BY id", row -> nodes.add(trojan(row)));
                if (db.hasTable("v2_server_vless")) {
                    db.each("SELECT * FROM v2_server_vless ORDER BY id", row -> nodes.add(vless(row)));
                }
                if (db.hasTable("v2_server_hysteria")) {
                    boolean versioned = db.hasColumn("v2_server_hysteria", "version");
                    db.each("SELECT * FROM v2_server_hysteria ORDER BY id", row -> nodes.add(hysteria(row, versioned)));
                }
            }
            Map<Long, String> codes = new HashMap<>();
            // The newest unused code of each user wins: later rows overwrite earlier ones.
            db.each("SELECT user_id, code FROM v2_invite_code WHERE status = 0 ORDER BY id",
                    row -> codes.put(row.getLong(1), row.getString(2)));
            boolean deviceLimit = db.hasColumn("v2_user", "device_limit");
            List<User> users = new ArrayList<>();
            db.each("SELECT * FROM v2_user ORDER BY id", row -> users.add(user(row, codes, ciphers, deviceLimit)));
            List<Plan> plans = new ArrayList<>();
            boolean planDeviceLimit = db.hasColumn("v2_plan", "device_limit");
            db.each("SELECT * FROM v2_plan ORDER BY id", row -> plans.addAll(plans(row, planDeviceLimit, pricesJson)));
            List<PaidOrder> orders = new ArrayList<>();
            if (db.hasTable("v2_order")) {
                // Completed (3) and offset (4) orders were paid; amounts are cents in both schemas.
                db.require(panel, "v2_order", List.of("id", "user_id", "plan_id", "payment_id", "period", "trade_no",
                        "total_amount", "status", "paid_at"));
                db.each("SELECT o.*, p.name AS plan_name FROM v2_order o LEFT JOIN v2_plan p ON p.id = o.plan_id"
                        + " WHERE o.status IN (3, 4) AND o.paid_at IS NOT NULL ORDER BY o.id", row -> orders.add(order(row)));
            }
            return new Installation(users, nodes, plans, orders, List.of(
                    "nodes authenticate with server_token (config/v2board.php, or Xboard's v2_settings): set MU_KEY to it"
                            + " (spanel needs 16 characters or more, else every node's key must change)",
                    "Shadowsocks 2022 server keys were computed from each node's created_at; compare them with"
                            + " /api/v1/server/UniProxy/config of the running panel before switching",
                    "point every host of subscribe_url (subscriptions) and the nodes' ApiHost at spanel"));
        }
    }

    private User user(ResultSet row, Map<Long, String> codes, Map<Integer, String> ciphers, boolean hasDeviceLimit)
            throws SQLException {
        long id = row.getLong("id");
        List<String> notices = new ArrayList<>();
        Optional<String> hash = storedHash(row.getString("password"), row.getString("password_algo"),
                row.getString("password_salt"));
        Optional<String> refused = hash.isPresent() ? Optional.empty() : Optional.of("password hash of no format V2board"
                + " checks (algo " + row.getString("password_algo") + "): the user must reset");
        long balance = row.getLong("balance");
        long commission = row.getLong("commission_balance");
        String balanceNote = commission == 0 ? "import" : "import incl. commission_balance " + commission;
        if (row.getBoolean("is_staff")) {
            notices.add("staff in V2board: spanel has admins only, imported as " + (row.getBoolean("is_admin") ? "admin" : "a user"));
        }
        Instant expiry = expiry(row);
        Integer group = (Integer) row.getObject("group_id", Integer.class);
        if (group == null) {
            notices.add("in no V2board group: imported in node group " + NO_GROUP + ", which no node serves");
        }
        long u = row.getLong("u");
        long d = row.getLong("d");
        long inviter = row.getLong("invite_user_id");
        boolean noInviter = row.wasNull();
        String uuid = row.getString("uuid").toLowerCase(Locale.ROOT);
        int devices = hasDeviceLimit ? row.getInt("device_limit") : 0;
        return new User(id, row.getString("email"), hash, balance + commission, balanceNote, u, d,
                row.getLong("transfer_enable"), u + d, 0, expiry, expiry, group == null ? NO_GROUP : group,
                row.getInt("speed_limit"), devices, uuid, 0, group == null ? "aes-128-gcm" : ciphers.getOrDefault(group, "aes-128-gcm"),
                uuid, Optional.ofNullable(codes.get(id)), noInviter ? Optional.empty() : Optional.of(inviter),
                row.getBoolean("is_admin"), row.getBoolean("banned"), Instant.ofEpochSecond(row.getLong("created_at")),
                Optional.ofNullable(row.getString("token")), refused, notices);
    }

    private static PaidOrder order(ResultSet row) throws SQLException {
        long paymentId = row.getLong("payment_id");
        String method = row.wasNull() ? "balance" : "payment " + paymentId;
        String plan = row.getString("plan_name");
        String description = (plan == null ? "plan " + row.getLong("plan_id") : plan) + " (" + row.getString("period") + ")";
        return new PaidOrder("order:" + row.getLong("id"), row.getLong("user_id"), "plan", row.getLong("total_amount"),
                method, SspanelSource.text(row.getString("trade_no")), description, Instant.ofEpochSecond(row.getLong("paid_at")));
    }

    /** NULL: never expires; 0 is the epoch, which has passed. */
    private static Instant expiry(ResultSet row) throws SQLException {
        long expiredAt = row.getLong("expired_at");
        return row.wasNull() ? SspanelSource.FAR_FUTURE : Instant.ofEpochSecond(expiredAt);
    }

    static Optional<String> storedHash(String password, String algo, String salt) {
        if (password == null) {
            return Optional.empty();
        }
        if (algo == null || algo.isBlank()) {
            return password.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}") ? Optional.of(password) : Optional.empty();
        }
        LegacyPasswordHash.Scheme scheme = switch (algo.strip().toLowerCase(Locale.ROOT)) {
            case "md5" -> LegacyPasswordHash.Scheme.V2B_MD5;
            case "sha256" -> LegacyPasswordHash.Scheme.V2B_SHA256;
            case "md5salt" -> LegacyPasswordHash.Scheme.V2B_MD5SALT;
            case "sha256salt" -> LegacyPasswordHash.Scheme.V2B_SHA256SALT;
            default -> null;
        };
        if (scheme == null) {
            return Optional.empty();
        }
        String usedSalt = algo.strip().endsWith("salt") && salt != null ? salt.strip() : "";
        try {
            return Optional.of(new LegacyPasswordHash(scheme, usedSalt, password).stored());
        } catch (IllegalArgumentException notADigest) {
            return Optional.empty();
        }
    }

    private Node shadowsocks(ResultSet row, Map<Integer, String> ciphers) throws SQLException {
        String cipher = row.getString("cipher");
        boolean ss2022 = cipher.startsWith("2022-");
        ObjectNode config = ports(row);
        config.put("credential", "uuid");
        Optional<String> serverKey = ss2022 ? Optional.of(serverKey(row.getLong("created_at"), cipher)) : Optional.empty();
        Node node = node(row, "shadowsocks", ss2022 ? 1 : 0, config, cipher, serverKey, Optional.empty());
        groups(row, "group_id").filter(g -> g.size() == 1).ifPresent(g -> ciphers.putIfAbsent(g.getFirst(), cipher));
        return node;
    }

    private Node vmess(ResultSet row) throws SQLException {
        ObjectNode config = ports(row);
        config.put("network", row.getString("network"));
        JsonNode settings = SspanelSource.parseObject(row.getString("networkSettings"));
        if (settings.has("path")) {
            config.put("path", settings.get("path").asText());
        }
        JsonNode host = settings.path("headers").path("Host");
        if (!host.isMissingNode()) {
            config.put("host", host.asText());
        }
        if (settings.has("serviceName")) {
            config.put("servicename", settings.get("serviceName").asText());
        }
        if (row.getInt("tls") == 1) {
            config.put("security", "tls");
        }
        return node(row, "vmess", 11, config, "aes-128-gcm", Optional.empty(), Optional.empty());
    }

    /**
     * V2board 1.7.4's VLESS table. Its {@code tls_settings} holds the REALITY keys when {@code tls}
     * is 2; the settings are read as Xboard's 2025 migration carried them into {@code protocol_settings}.
     */
    private Node vless(ResultSet row) throws SQLException {
        ObjectNode settings = JSON.createObjectNode();
        settings.put("tls", row.getInt("tls"));
        settings.put("network", row.getString("network"));
        settings.set("network_settings", SspanelSource.parseObject(row.getString("network_settings")));
        if (row.getString("flow") != null) {
            settings.put("flow", row.getString("flow"));
        }
        settings.set("reality_settings", SspanelSource.parseObject(row.getString("tls_settings")));
        ObjectNode config = ports(row);
        Optional<String> refused = XboardServers.vmessOrVless("vless", settings, config);
        return node(row, "vless", 11, config, "aes-128-gcm", Optional.empty(), refused);
    }

    private Node trojan(ResultSet row) throws SQLException {
        ObjectNode config = ports(row);
        String serverName = row.getString("server_name");
        if (serverName != null && !serverName.isEmpty()) {
            config.put("sni", serverName);
            config.put("host", serverName);
        }
        return node(row, "trojan", 14, config, "aes-128-gcm", Optional.empty(), Optional.empty());
    }

    private Node hysteria(ResultSet row, boolean versioned) throws SQLException {
        int version = versioned ? row.getInt("version") : 1;
        ObjectNode config = ports(row);
        config.put("up_mbps", row.getInt("up_mbps"));
        config.put("down_mbps", row.getInt("down_mbps"));
        Optional<String> refused = version == 2 ? Optional.empty()
                : Optional.of("Hysteria v1: neither spanel nor V2bX's current releases serve it");
        return node(row, "hysteria", 20, config, "aes-128-gcm", Optional.empty(), refused);
    }

    /** Where the node listens, and the port clients dial when it differs. */
    static ObjectNode ports(ResultSet row) throws SQLException {
        ObjectNode config = JSON.createObjectNode();
        String listen = Integer.toString(row.getInt("server_port"));
        config.put("offset_port_node", listen);
        String port = row.getString("port");
        if (port != null && port.matches("\\d+") && !port.equals(listen)) {
            config.put("offset_port_user", port);
        }
        return config;
    }

    private Node node(ResultSet row, String kind, int sort, ObjectNode config, String method, Optional<String> serverKey,
            Optional<String> refusedAlready) throws SQLException {
        return node(row, kind, row.getLong("id"), Optional.of(row.getLong("id")), "group_id", row.getBoolean("show"), sort,
                config, method, serverKey, refusedAlready);
    }

    /** A node of either schema; {@code groupColumn} holds its group ids as a JSON array. */
    static Node node(ResultSet row, String kind, long id, Optional<Long> configuredId, String groupColumn, boolean shown,
            int sort, ObjectNode config, String method, Optional<String> serverKey, Optional<String> refusedAlready)
            throws SQLException {
        Optional<List<Integer>> groups = groups(row, groupColumn);
        Optional<String> refused = refusedAlready;
        List<String> notices = new ArrayList<>();
        boolean enabled = shown;
        int group = 0;
        String groupText = row.getString(groupColumn);
        if (groups.isEmpty() || groups.get().size() > 1) {
            refused = refused.or(() -> Optional.of("serves groups " + groupText
                    + ": a spanel node has one group; split it or map groups to classes by hand"));
        } else if (groups.get().isEmpty()) {
            enabled = false;
            notices.add("in no group, so it served no one: imported disabled");
        } else {
            group = groups.get().getFirst();
        }
        if (row.getObject("parent_id") != null) {
            notices.add("a relay of node " + row.getObject("parent_id") + ": imported as a node of its own");
        }
        return new Node(kind, id, configuredId, row.getString("name"), row.getString("host"), sort, config.toString(),
                method, serverKey, new BigDecimal(row.getString("rate").strip()), 0, group, 0, 0, 0, enabled, refused,
                notices);
    }

    /** The group ids of a node, a JSON array in a string; empty when unreadable. */
    private static Optional<List<Integer>> groups(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        if (text == null) {
            return Optional.of(List.of());
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Optional.empty();
        }
        if (parsed == null || !parsed.isArray()) {
            return Optional.empty();
        }
        List<Integer> ids = new ArrayList<>();
        parsed.forEach(id -> ids.add(id.asInt()));
        return Optional.of(ids);
    }

    /** Xboard's prices are yuan (a number or a numeric string); none, or not a price: null. */
    private static Long yuanToFen(JsonNode price) {
        if (price == null || price.isNull() || price.asText().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(price.asText().strip()).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    /** V2board's SS-2022 server key: base64 of the first 16 (128-bit ciphers) or 32 hex digits of MD5(created_at). */
    static String serverKey(long createdAt, String cipher) {
        int length = cipher.contains("256") ? 32 : 16;
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(Long.toString(createdAt).getBytes(StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(md5).substring(0, length);
            return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
    }

    private static List<Plan> plans(ResultSet row, boolean hasDeviceLimit, boolean pricesJson) throws SQLException {
        JsonNode prices = pricesJson ? SspanelSource.parseObject(row.getString("prices")) : JSON.nullNode();
        List<Plan> plans = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        Integer method = (Integer) row.getObject("reset_traffic_method", Integer.class);
        if (method != null && (method == 3 || method == 4)) {
            notices.add("resets traffic yearly (reset_traffic_method " + method + "): spanel resets monthly or never");
        }
        Integer capacity = (Integer) row.getObject("capacity_limit", Integer.class);
        for (String[] period : PERIODS) {
            Long cents = pricesJson ? yuanToFen(prices.get(period[3])) : (Long) row.getObject(period[0], Long.class);
            if (cents == null) {
                continue;
            }
            ObjectNode content = JSON.createObjectNode();
            content.put("traffic", row.getLong("transfer_enable"));
            if (!period[2].isEmpty()) {
                content.put("expire_in", Integer.parseInt(period[2]));
            }
            content.put("reset_traffic", true);
            Integer speed = (Integer) row.getObject("speed_limit", Integer.class);
            if (speed != null) {
                content.put("speedlimit", speed);
            }
            content.put("iplimit", hasDeviceLimit ? row.getInt("device_limit") : 0);
            // The plan's permission group becomes the buyer's node group, as V2board sets group_id on purchase.
            content.put("node_group", Math.max(0, row.getInt("group_id")));
            if (method != null && (method == 0 || method == 1)) {
                content.put("monthly_reset", method == 0 ? "first_day" : "purchase_day");
            }
            plans.add(new Plan(row.getLong("id") + ":" + period[0], row.getString("name") + " (" + period[1] + ")", cents,
                    content.toString(), row.getBoolean("show"),
                    capacity == null || capacity == 0 ? Optional.empty() : Optional.of(capacity), Optional.empty(), notices));
        }
        return plans;
    }
}
