package spanel.adapter.http.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import spanel.adapter.http.support.StaticResources;

/**
 * The portal's files, read once from the jar. Each is served under a name that carries the start of
 * its SHA-256 ({@code portal.3f2a9c81d0.js}), so browsers may keep it for a year: a changed file is
 * a new name, which the page (never cached) points to.
 */
final class PortalAssets {

    static final String PREFIX = "/portal/";
    private static final String DIR = "/spanel/http/portal/";

    record Asset(String contentType, byte[] bytes) {
    }

    /** Logical name, as the page's placeholders write it, to its content type. */
    private static final Map<String, String> FILES = files();

    private final Map<String, Asset> byServedName = new LinkedHashMap<>();
    private final Map<String, String> servedNames = new LinkedHashMap<>();
    private final byte[] page;

    PortalAssets() {
        FILES.forEach((name, type) -> {
            byte[] bytes = StaticResources.read(DIR + name);
            String served = fingerprinted(name, bytes);
            byServedName.put(served, new Asset(type, bytes));
            servedNames.put(name, PREFIX + served);
        });
        String html = new String(StaticResources.read(DIR + "index.html"), StandardCharsets.UTF_8);
        for (var entry : servedNames.entrySet()) {
            html = html.replace("{{" + entry.getKey() + "}}", entry.getValue());
        }
        if (html.contains("{{")) {
            throw new IllegalStateException("the portal page names a file that is not among its assets");
        }
        page = html.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("portal.css", "text/css; charset=utf-8");
        files.put("portal.js", "text/javascript; charset=utf-8");
        files.put("links.js", "text/javascript; charset=utf-8");
        files.put("qrcode-generator.js", "text/javascript; charset=utf-8");
        files.put("qrcode-generator-LICENSE.txt", "text/plain; charset=utf-8");
        files.put("messages.en.json", "application/json; charset=utf-8");
        files.put("messages.zh-CN.json", "application/json; charset=utf-8");
        return files;
    }

    byte[] page() {
        return page;
    }

    Optional<Asset> served(String servedName) {
        return Optional.ofNullable(byServedName.get(servedName));
    }

    /** The path a logical file is served at now. */
    String pathOf(String name) {
        return servedNames.get(name);
    }

    private static String fingerprinted(String name, byte[] bytes) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
            int dot = name.lastIndexOf('.');
            return name.substring(0, dot) + "." + hash + name.substring(dot);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
