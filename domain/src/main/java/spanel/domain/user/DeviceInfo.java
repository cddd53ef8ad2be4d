package spanel.domain.user;

/**
 * What a client says about its device (x-device-os, x-ver-os, x-device-model, User-Agent): free
 * text from the app, kept only for the user to tell devices apart, so control characters are
 * dropped and each field is cut to its column. Absent fields are empty.
 */
public record DeviceInfo(String os, String osVersion, String model, String app) {

    public static final int FIELD_LENGTH = 64;
    public static final int APP_LENGTH = 256;

    public DeviceInfo {
        os = clean(os, FIELD_LENGTH);
        osVersion = clean(osVersion, FIELD_LENGTH);
        model = clean(model, FIELD_LENGTH);
        app = clean(app, APP_LENGTH);
    }

    private static String clean(String text, int length) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), length));
        text.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != 0x2028 && c != 0x2029 && Character.isDefined(c)
                        && Character.getType(c) != Character.SURROGATE)
                .forEach(c -> {
                    if (out.length() + Character.charCount(c) <= length) {
                        out.appendCodePoint(c);
                    }
                });
        return out.toString().strip();
    }
}
