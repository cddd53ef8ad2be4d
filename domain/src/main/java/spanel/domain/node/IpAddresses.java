package spanel.domain.node;

import java.util.Optional;

/**
 * Canonical text of an IP address as nodes report it, so the same device is counted once:
 * IPv4 as a dotted quad without leading zeros (an IPv4-mapped IPv6 address becomes its IPv4 form),
 * IPv6 in RFC 5952 form (lower case, the longest run of zero groups as "::"). A port, as in
 * "1.2.3.4:5678" or "[2001:db8::1]:443", is dropped. Anything else, hostnames included, is not an
 * address. Pure parsing: nothing is looked up.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || !(close == s.length() - 1 || s.charAt(close + 1) == ':')) {
                return Optional.empty();
            }
            s = s.substring(1, close);
        } else if (s.indexOf(':') == s.lastIndexOf(':') && s.indexOf(':') > 0) {
            s = s.substring(0, s.indexOf(':'));
        }
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        if (s.contains(":")) {
            return ipv6(s).map(IpAddresses::format);
        }
        return ipv4(s).map(IpAddresses::formatIpv4);
    }

    /** The address as 4 bytes (IPv4, also when written IPv4-mapped) or 16 (IPv6), or empty. */
    public static Optional<byte[]> toBytes(String text) {
        return canonical(text).map(ip -> {
            if (!ip.contains(":")) {
                int[] octets = ipv4(ip).orElseThrow();
                return new byte[] {(byte) octets[0], (byte) octets[1], (byte) octets[2], (byte) octets[3]};
            }
            int[] groups = ipv6(ip).orElseThrow();
            byte[] bytes = new byte[16];
            for (int i = 0; i < 8; i++) {
                bytes[2 * i] = (byte) (groups[i] >> 8);
                bytes[2 * i + 1] = (byte) groups[i];
            }
            return bytes;
        });
    }

    private static Optional<int[]> ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        int[] octets = new int[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            octets[i] = Integer.parseInt(part);
            if (octets[i] > 255) {
                return Optional.empty();
            }
        }
        return Optional.of(octets);
    }

    /** The eight 16-bit groups of an IPv6 literal, or empty. */
    private static Optional<int[]> ipv6(String s) {
        int[] groups = new int[8];
        String head = s;
        String tail = "";
        int gap = s.indexOf("::");
        if (gap >= 0) {
            if (s.indexOf("::", gap + 1) >= 0) {
                return Optional.empty();
            }
            head = s.substring(0, gap);
            tail = s.substring(gap + 2);
        }
        int[] headGroups = groups(head);
        int[] tailGroups = groups(tail);
        if (headGroups == null || tailGroups == null) {
            return Optional.empty();
        }
        int total = headGroups.length + tailGroups.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return Optional.empty();
        }
        System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
        return Optional.of(groups);
    }

    /** Groups of one side of "::"; a trailing dotted quad counts as two groups. Null when malformed. */
    private static int[] groups(String side) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        boolean quad = parts[parts.length - 1].contains(".");
        int[] out = new int[parts.length + (quad ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (quad && i == parts.length - 1) {
                Optional<int[]> v4 = ipv4(part);
                if (v4.isEmpty()) {
                    return null;
                }
                out[i] = v4.get()[0] << 8 | v4.get()[1];
                out[i + 1] = v4.get()[2] << 8 | v4.get()[3];
                continue;
            }
            if (part.isEmpty() || part.length() > 4 || !part.chars().allMatch(IpAddresses::isHex)) {
                return null;
            }
            out[i] = Integer.parseInt(part, 16);
        }
        return out;
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static String format(int[] groups) {
        boolean mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xffff;
        if (mapped) {
            return formatIpv4(new int[] {groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff});
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }

    private static String formatIpv4(int[] octets) {
        return octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
    }
}
