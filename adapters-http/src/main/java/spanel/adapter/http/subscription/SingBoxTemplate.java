package spanel.adapter.http.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A sing-box configuration that the nodes are put into, written in the form sing-box 1.12 and
 * newer read (DNS servers with {@code type}, rule actions) and brought down to the form of the
 * fetching client's core by {@link SingBoxForms}. In {@code outbounds}, the string {@code "$nodes"}
 * is where the node outbounds go (after the template's own when it is absent), and inside any
 * outbound's {@code outbounds} it stands for the nodes' tags ({@code urltest} gets the real nodes
 * only, not the info entries). A list that would be empty names the template's {@code direct}
 * outbound. The template is checked when it is read, and brought down to every core form once, so
 * a template some core cannot read is refused then rather than at a fetch. {@code reserved} are the
 * tags a node may not take (the template's own outbounds and those older forms add), {@code direct}
 * the tag of its direct outbound.
 */
record SingBoxTemplate(ObjectNode document, Set<String> reserved, String direct) {

    static final String NODES = "$nodes";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final List<ClientVersion> CORES = List.of(ClientVersion.of("1.10.0"), ClientVersion.of("1.11.0"),
            ClientVersion.of("1.12.0"), ClientVersion.of("1.13.0"));

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(ProfileTemplates.MAX_CHARS).maxNestingDepth(64).build());
    }

    /** The template in this text, or an IllegalArgumentException that says what is wrong with it. */
    static SingBoxTemplate parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(root instanceof ObjectNode document)) {
            throw new IllegalArgumentException("the document is not a JSON object");
        }
        if (!(document.get("outbounds") instanceof ArrayNode outbounds)) {
            throw new IllegalArgumentException("outbounds is not a list");
        }
        Set<String> tags = new HashSet<>(SingBoxForms.RESERVED);
        String direct = null;
        boolean placed = false;
        int places = 0;
        for (JsonNode outbound : outbounds) {
            if (outbound.isTextual() && outbound.asText().equals(NODES)) {
                places++;
                continue;
            }
            if (!outbound.path("tag").isTextual() || !outbound.path("type").isTextual()) {
                throw new IllegalArgumentException("outbounds holds an entry without a type and a tag");
            }
            tags.add(outbound.get("tag").asText());
            if (direct == null && outbound.get("type").asText().equals("direct")) {
                direct = outbound.get("tag").asText();
            }
            if (outbound.has("outbounds")) {
                if (!(outbound.get("outbounds") instanceof ArrayNode members)
                        || !members.valueStream().allMatch(JsonNode::isTextual)) {
                    throw new IllegalArgumentException("outbounds[].outbounds holds something other than tags");
                }
                placed |= members.valueStream().anyMatch(member -> member.asText().equals(NODES));
            }
        }
        if (places > 1) {
            throw new IllegalArgumentException("outbounds names " + NODES + " more than once");
        }
        if (!placed) {
            throw new IllegalArgumentException("no outbound lists " + NODES);
        }
        if (direct == null) {
            throw new IllegalArgumentException("no outbound of type direct");
        }
        SingBoxTemplate template = new SingBoxTemplate(document, Set.copyOf(tags), direct);
        for (ClientVersion core : CORES) {
            template.render(List.of(), List.of(), core);
        }
        return template;
    }

    /** The profile for this core: the template with the nodes (uniquely tagged) put in, in the form the core reads. */
    byte[] render(List<ProfileNode> nodes, List<FlowMap> outbounds, ClientVersion core) {
        ObjectNode out = document.deepCopy();
        ArrayNode list = (ArrayNode) out.get("outbounds");
        ArrayNode expanded = JSON.createArrayNode();
        boolean inserted = false;
        for (JsonNode outbound : list) {
            if (outbound.isTextual()) {
                outbounds.forEach(node -> expanded.add(JSON.valueToTree(node.tree())));
                inserted = true;
                continue;
            }
            if (outbound.get("outbounds") instanceof ArrayNode members) {
                List<ProfileNode> listed = outbound.path("type").asText().equals("urltest")
                        ? nodes.stream().filter(node -> !InfoEntries.is(node)).toList() : nodes;
                ArrayNode tags = JSON.createArrayNode();
                members.forEach(member -> {
                    if (member.asText().equals(NODES)) {
                        listed.forEach(node -> tags.add(node.name()));
                    } else {
                        tags.add(member);
                    }
                });
                if (tags.isEmpty()) {
                    tags.add(direct);
                }
                ((ObjectNode) outbound).set("outbounds", tags);
            }
            expanded.add(outbound);
        }
        if (!inserted) {
            outbounds.forEach(node -> expanded.add(JSON.valueToTree(node.tree())));
        }
        out.set("outbounds", expanded);
        SingBoxForms.bringDown(out, core);
        try {
            return (JSON.writeValueAsString(out) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written", e);
        }
    }
}
