package spanel.bootstrap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What the commands print, written by Jackson in the form docs/COMMANDS.md shows: an object on one line
 * with a space after each colon and comma ({@code {"id": 7, "key": "..."}}), and each element of an
 * array on a line of its own, so a list can be read with line tools as well as parsed.
 */
final class CliJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CliJson() {
    }

    static String of(Object value) {
        try {
            return MAPPER.writer(new Spaced()).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a command's result could not be written as JSON", e);
        }
    }

    /** Minimal, plus the spaces and line breaks above; a new one per value, as it is not shared. */
    private static final class Spaced extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw("\n  ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n  ");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues > 0 ? "\n]" : "]");
        }
    }
}
