package spanel.adapter.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import spanel.application.imports.port.out.SourcePanel;
import spanel.domain.user.Argon2Hash;
import spanel.domain.user.LegacyPasswordHash;

/**
 * An SSPanel-UIM database (2023 schema and later; {@code expire_in} read where it is still there).
 * Its datetimes are local times of {@code zone}; its password digests take the one global
 * {@code salt}, and a 64-hex digest is SHA3 only when {@code pwdMethod} says so: both come from the
 * panel's config file, which the database does not hold.
 */
public final class SspanelSource implements SourcePanel {

    static final Instant FAR_FUTURE = Instant.parse("9999-12-31T23:59:59Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USER_COLUMNS = List.of("id", "email", "pass", "passwd", "uuid", "port", "method",
            "u", "d", "transfer_enable", "transfer_total", "money", "class", "class_expire", "node_group",
            "node_speedlimit", "node_iplimit", "ref_by", "is_admin", "is_banned", "is_shadow_banned", "is_inactive",
            "reg_date");
    private static final List<String> NODE_COLUMNS = List.of("id", "name", "type", "server", "custom_config", "sort",
            "traffic_rate", "node_class", "node_group", "node_speedlimit", "node_bandwidth", "node_bandwidth_limit");

    private final String jdbcUrl;
    private final ZoneId zone;
    private final String pwdMethod;
    private final String salt;

    public SspanelSource(String jdbcUrl, ZoneId zone, String pwdMethod, String salt) {
        this.jdbcUrl = jdbcUrl;
        this.zone = zone;
        this.pwdMethod = pwdMethod.toLowerCase(Locale.ROOT);
        this.salt = salt;
    }

    @Override
    public String name() {
        return "sspanel";
    }

    @Override
    public Installation read() {
        try (SourceDatabase db = SourceDatabase.open(jdbcUrl)) {
            db.require("SSPanel-UIM", "user", USER_COLUMNS);
            db.require("SSPanel-UIM", "node", NODE_COLUMNS);
            db.require("SSPanel-UIM", "link", List.of("token", "userid"));
            db.require("SSPanel-UIM", "user_invite_code", List.of("code", "user_id"));
            db.require("SSPanel-UIM", "product", List.of("id", "type", "name", "price", "content", "status", "stock"));
            Map<Long, String> tokens = new HashMap<>();
            db.each("SELECT userid, token FROM link", row -> tokens.put(row.getLong(1), row.getString(2)));
            Map<Long, String> codes = new HashMap<>();
            db.each("SELECT user_id, code FROM user_invite_code", row -> codes.put(row.getLong(1), row.getString(2)));
            boolean expireIn = db.hasColumn("user", "expire_in");
            List<User> users = new ArrayList<>();
            db.each("SELECT * FROM `user` ORDER BY id", row -> users.add(user(row, expireIn, tokens, codes)));
            List<Node> nodes = new ArrayList<>();
            db.each("SELECT * FROM node ORDER BY id", row -> nodes.add(node(row)));
            List<Plan> plans = new ArrayList<>();
            db.each("SELECT * FROM product ORDER BY id", row -> plans.add(plan(row)));
            List<PaidOrder> orders = new ArrayList<>();
            // Gateway payments (top-ups, and invoices paid at a gateway), then invoices as paid: history only.
            if (db.hasTable("paylist")) {
                db.require("SSPanel-UIM", "paylist", List.of("id", "userid", "total", "status", "tradeno", "gateway", "datetime"));
                db.each("SELECT * FROM paylist WHERE status = 1 ORDER BY id", row -> orders.add(new PaidOrder(
                        "paylist:" + row.getLong("id"), row.getLong("userid"), "topup", fen(row.getBigDecimal("total")),
                        text(row.getString("gateway")), text(row.getString("tradeno")), "gateway payment",
                        Instant.ofEpochSecond(row.getLong("datetime")))));
            }
            if (db.hasTable("invoice")) {
                db.require("SSPanel-UIM", "invoice", List.of("id", "type", "user_id", "price", "status", "pay_time"));
                db.each("SELECT * FROM invoice WHERE status IN ('paid_gateway', 'paid_balance', 'paid_admin') ORDER BY id",
                        row -> orders.add(new PaidOrder("invoice:" + row.getLong("id"), row.getLong("user_id"),
                                "topup".equals(row.getString("type")) ? "topup" : "plan", fen(row.getBigDecimal("price")),
                                row.getString("status").substring("paid_".length()), "invoice " + row.getLong("id"),
                                "invoice " + row.getLong("id") + " (" + row.getString("type") + ")",
                                Instant.ofEpochSecond(row.getLong("pay_time")))));
            }
            return new Installation(users, nodes, plans, orders, List.of(
                    "nodes authenticate with muKey from SSPanel's config/.config.php: set MU_KEY to it (spanel needs"
                            + " 16 characters or more; the example 'ChangeMe' must be replaced on every node)",
                    "class_expire and reg_date were read as local times of " + zone + " (--source-zone)",
                    "point the host of subUrl (subscriptions) and of webAPIUrl (the nodes' ApiHost) at spanel"));
        }
    }

    private User user(ResultSet row, boolean hasExpireIn, Map<Long, String> tokens, Map<Long, String> codes)
            throws SQLException {
        long id = row.getLong("id");
        List<String> notices = new ArrayList<>();
        if (row.getInt("is_shadow_banned") != 0) {
            notices.add("shadow-banned in SSPanel: spanel has no shadow ban, the account is imported as it is otherwise");
        }
        if (row.getInt("is_inactive") != 0) {
            notices.add("marked inactive in SSPanel: imported enabled");
        }
        String pass = row.getString("pass");
        Optional<String> hash = storedHash(pass);
        Optional<String> refused = hash.isPresent() ? Optional.empty()
                : Optional.of("password hash of no format SSPanel writes (" + describe(pass) + "): the user must reset");
        long balanceFen = row.getBigDecimal("money").movePointRight(2).longValueExact();
        long ref = row.getLong("ref_by");
        Instant classExpire = local(row, "class_expire").orElse(Instant.EPOCH);
        Instant expireIn = hasExpireIn ? local(row, "expire_in").orElse(FAR_FUTURE) : FAR_FUTURE;
        return new User(id, row.getString("email"), hash, balanceFen, "import", row.getLong("u"), row.getLong("d"),
                row.getLong("transfer_enable"), row.getLong("transfer_total"), row.getInt("class"), classExpire, expireIn,
                row.getInt("node_group"), row.getInt("node_speedlimit"), row.getInt("node_iplimit"), row.getString("passwd"),
                row.getInt("port"), row.getString("method"), row.getString("uuid").toLowerCase(Locale.ROOT),
                Optional.ofNullable(codes.get(id)), ref == 0 ? Optional.empty() : Optional.of(ref),
                row.getInt("is_admin") != 0, row.getInt("is_banned") != 0,
                local(row, "reg_date").orElse(Instant.EPOCH), Optional.ofNullable(tokens.get(id)), refused, notices);
    }

    /** bcrypt and Argon2 as they are; a hex digest tagged with its scheme and the global salt; anything else: none. */
    Optional<String> storedHash(String pass) {
        if (pass == null) {
            return Optional.empty();
        }
        if (pass.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}") || Argon2Hash.parse(pass).isPresent()) {
            return Optional.of(pass);
        }
        LegacyPasswordHash.Scheme scheme;
        if (pass.matches("[0-9a-fA-F]{32}")) {
            scheme = LegacyPasswordHash.Scheme.SSPANEL_MD5;
        } else if (pass.matches("[0-9a-fA-F]{64}")) {
            scheme = "sha3".equals(pwdMethod) ? LegacyPasswordHash.Scheme.SSPANEL_SHA3 : LegacyPasswordHash.Scheme.SSPANEL_SHA256;
        } else {
            return Optional.empty();
        }
        return Optional.of(new LegacyPasswordHash(scheme, salt, pass).stored());
    }

    static String describe(String pass) {
        if (pass == null || pass.isEmpty()) {
            return "empty";
        }
        return pass.startsWith("$argon2") ? "an argon2 string that is malformed or asks too much memory or time"
                : pass.length() + " characters";
    }

    private Optional<Instant> local(ResultSet row, String column) throws SQLException {
        LocalDateTime time = row.getObject(column, LocalDateTime.class);
        return Optional.ofNullable(time).map(t -> t.atZone(zone).toInstant());
    }

    private Node node(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        int sort = row.getInt("sort");
        List<String> notices = new ArrayList<>();
        Optional<String> refused = Optional.empty();
        if (sort == 3) {
            refused = Optional.of("WireGuard (sort 3): XrayR does not serve it");
        } else if (sort != 0 && sort != 1 && sort != 2 && sort != 11 && sort != 14) {
            refused = Optional.of("sort " + sort + " is no protocol spanel serves");
        }
        ObjectNode config = parseObject(row.getString("custom_config"));
        String method = config.has("method") ? config.remove("method").asText() : "aes-128-gcm";
        Optional<String> serverKey = Optional.ofNullable(config.remove("server_key")).map(JsonNode::asText)
                .filter(key -> !key.isEmpty());
        if (row.getInt("is_dynamic_rate") != 0) {
            notices.add("a dynamic traffic rate: spanel imports the fixed rate " + row.getBigDecimal("traffic_rate"));
        }
        return new Node("node", id, Optional.empty(), row.getString("name"), row.getString("server"), sort, config.toString(), method,
                serverKey, row.getBigDecimal("traffic_rate"), row.getInt("node_class"), row.getInt("node_group"),
                row.getInt("node_speedlimit"), row.getLong("node_bandwidth"), row.getLong("node_bandwidth_limit"),
                row.getInt("type") == 1, refused, notices);
    }

    private Plan plan(ResultSet row) throws SQLException {
        String id = Long.toString(row.getLong("id"));
        String type = row.getString("type");
        long price = row.getBigDecimal("price").movePointRight(2).longValueExact();
        int stock = row.getInt("stock");
        Optional<Integer> limited = stock < 0 ? Optional.empty() : Optional.of(stock);
        boolean enabled = row.getInt("status") == 1;
        if (!"tabp".equals(type)) {
            return new Plan(id, row.getString("name"), price, "{}", enabled, limited,
                    Optional.of("a '" + type + "' product: spanel sells plans only (top-ups are payments)"), List.of());
        }
        JsonNode source = parseObject(row.getString("content"));
        ObjectNode content = JSON.createObjectNode();
        content.put("traffic", source.path("bandwidth").asLong());
        content.put("class", source.path("class").asInt());
        content.put("class_expire", source.path("class_time").asInt());
        content.put("reset_traffic", true);
        content.put("speedlimit", source.path("speed_limit").asInt());
        content.put("iplimit", source.path("ip_limit").asInt());
        if (source.has("node_group")) {
            // SSPanel moves the buyer to the plan's group on activation; so does a spanel product with node_group.
            content.put("node_group", Math.max(0, source.path("node_group").asInt()));
        }
        List<String> notices = new ArrayList<>();
        notices.add("SSPanel sets the quota to " + source.path("bandwidth").asLong() + " GB, spanel adds it after a reset:"
                + " the same for users starting from 0");
        return new Plan(id, row.getString("name"), price, content.toString(), enabled, limited, Optional.empty(), notices);
    }

    /** Yuan with two decimals, as SSPanel keeps money, in fen. */
    static long fen(BigDecimal yuan) {
        return yuan == null ? 0 : yuan.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static ObjectNode parseObject(String json) {
        try {
            JsonNode parsed = JSON.readTree(json == null || json.isBlank() ? "{}" : json);
            return parsed instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
