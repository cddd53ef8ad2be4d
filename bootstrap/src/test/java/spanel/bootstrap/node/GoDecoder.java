package spanel.bootstrap.node;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Go's encoding/json accepts for a struct, field by field: a test stand-in for the node
 * clients' decoders (XrayR, V2bX), which fail the whole call on one field of the wrong JSON type.
 * A null decodes into any field (as its zero value), unknown fields are ignored, a missing field is
 * its zero value; only a wrong type fails. Field types are written as in the Go source.
 */
final class GoDecoder {

    /** A Go slice of structs. */
    record Slice(GoDecoder element) {
    }

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private GoDecoder() {
    }

    /** A struct: pairs of JSON name and Go type ("string", "int", "uint32", "uint64", "float64", "bool", "json.RawMessage", "[]string", "uint64,string") or a nested GoDecoder. */
    static GoDecoder struct(Object... nameAndType) {
        GoDecoder decoder = new GoDecoder();
        for (int i = 0; i < nameAndType.length; i += 2) {
            decoder.fields.put((String) nameAndType[i], nameAndType[i + 1]);
        }
        return decoder;
    }

    /** The fields Go would refuse to decode, with why; empty when the whole value decodes. */
    List<String> problems(JsonNode value) {
        List<String> problems = new ArrayList<>();
        check("", value, this, problems);
        return problems;
    }

    private static void check(String path, JsonNode value, Object type, List<String> problems) {
        if (value == null || value.isNull()) {
            return;
        }
        if (type instanceof Slice slice) {
            if (!value.isArray()) {
                problems.add(path + ": a list is needed, got " + value.getNodeType());
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                check(path + "[" + i + "]", value.get(i), slice.element(), problems);
            }
            return;
        }
        if (type instanceof GoDecoder struct) {
            if (!value.isObject()) {
                problems.add(path + ": an object is needed, got " + value.getNodeType());
                return;
            }
            struct.fields.forEach((name, fieldType) ->
                    check(path.isEmpty() ? name : path + "." + name, value.get(name), fieldType, problems));
            return;
        }
        boolean fits = switch ((String) type) {
            case "string" -> value.isTextual();
            case "int", "int64" -> value.isIntegralNumber();
            case "uint32", "uint64", "uint" -> value.isIntegralNumber() && value.asLong() >= 0;
            case "float64" -> value.isNumber();
            case "bool" -> value.isBoolean();
            case "json.RawMessage", "interface{}" -> true;
            case "[]string" -> value.isArray() && allText(value);
            case "uint64,string" -> value.isTextual() && value.asText().matches("\\d+");
            default -> throw new IllegalArgumentException("unknown Go type " + type);
        };
        if (!fits) {
            problems.add(path + ": Go " + type + " cannot take " + value);
        }
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isTextual() && !item.isNull()) {
                return false;
            }
        }
        return true;
    }
}
