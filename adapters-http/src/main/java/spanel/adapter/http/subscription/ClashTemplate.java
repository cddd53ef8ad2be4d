package spanel.adapter.http.subscription;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Clash / mihomo configuration that the nodes are put into: its {@code proxies} (the template's
 * own, then one per node), and in every {@code proxy-groups} entry a {@code $nodes} item in
 * {@code proxies} stands for the nodes' names (for {@code url-test}, {@code fallback} and
 * {@code load-balance} groups the real nodes only, not the info entries, which connect nowhere). A
 * group that would list nothing lists {@code DIRECT}, so the profile still loads. Everything else
 * (DNS, rules, ports) is the template's. The template is checked when it is read: a YAML mapping
 * with a list of named groups of which one holds {@code $nodes}, rules as strings. {@code reserved}
 * are the names a node may not take: Clash's built-in policies and the template's own proxies and
 * groups.
 */
record ClashTemplate(Map<String, Object> document, Set<String> reserved) {

    static final String NODES = "$nodes";
    private static final Set<String> HEALTH_CHECKED = Set.of("url-test", "fallback", "load-balance");

    /** The template in this text, or an IllegalArgumentException that says what is wrong with it. */
    static ClashTemplate parse(String text) {
        Object root;
        try {
            root = ProfileYaml.read(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (!(root instanceof Map<?, ?> map) || !map.keySet().stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("the document is not a mapping of names");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) map;
        Set<String> names = new HashSet<>(ClashProfile.RESERVED);
        Object proxies = document.get("proxies");
        if (proxies != null) {
            for (Object proxy : list(proxies, "proxies")) {
                names.add(name(proxy, "proxies"));
            }
        }
        boolean placed = false;
        for (Object group : list(document.get("proxy-groups"), "proxy-groups")) {
            names.add(name(group, "proxy-groups"));
            Object members = ((Map<?, ?>) group).get("proxies");
            if (members != null) {
                List<?> items = list(members, "proxy-groups[].proxies");
                if (!items.stream().allMatch(String.class::isInstance)) {
                    throw new IllegalArgumentException("proxy-groups[].proxies holds something other than names");
                }
                placed |= items.contains(NODES);
            }
        }
        if (!placed) {
            throw new IllegalArgumentException("no proxy group lists " + NODES);
        }
        Object rules = document.get("rules");
        if (rules != null && !list(rules, "rules").stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("rules holds something other than strings");
        }
        return new ClashTemplate(document, Set.copyOf(names));
    }

    /** The profile: the template with the nodes (already uniquely named, not taking a reserved name) put in. */
    byte[] render(List<ProfileNode> nodes, List<FlowMap> proxies) {
        List<Object> allProxies = new ArrayList<>();
        if (document.get("proxies") instanceof List<?> own) {
            allProxies.addAll(own.stream().map(ClashTemplate::copy).toList());
        }
        proxies.forEach(proxy -> allProxies.add(proxy.tree()));
        Map<String, Object> out = new LinkedHashMap<>();
        if (!document.containsKey("proxies")) {
            out.put("proxies", allProxies);
        }
        document.forEach((key, value) -> out.put(key, key.equals("proxies") ? allProxies : copy(value)));
        List<String> all = nodes.stream().map(ProfileNode::name).toList();
        List<String> real = nodes.stream().filter(node -> !InfoEntries.is(node)).map(ProfileNode::name).toList();
        for (Object item : (List<?>) out.get("proxy-groups")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> group = (Map<String, Object>) item;
            if (!(group.get("proxies") instanceof List<?> members) || !members.contains(NODES)) {
                continue;
            }
            List<String> names = HEALTH_CHECKED.contains(String.valueOf(group.get("type"))) ? real : all;
            List<Object> expanded = new ArrayList<>();
            members.forEach(member -> {
                if (NODES.equals(member)) {
                    expanded.addAll(names);
                } else {
                    expanded.add(member);
                }
            });
            if (expanded.isEmpty()) {
                expanded.add("DIRECT");
            }
            group.put("proxies", expanded);
        }
        return ProfileYaml.write(out);
    }

    private static List<?> list(Object value, String field) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(field + " is not a list");
        }
        return list;
    }

    private static String name(Object entry, String field) {
        if (!(entry instanceof Map<?, ?> map) || !(map.get("name") instanceof String name) || name.isEmpty()) {
            throw new IllegalArgumentException(field + " holds an entry without a name");
        }
        return name;
    }

    /** A deep copy of parsed YAML (maps, lists, scalars), so one fetch never changes the template. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> out.put(key, copy(item)));
            return out;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(ClashTemplate::copy).toList());
        }
        return value;
    }
}
