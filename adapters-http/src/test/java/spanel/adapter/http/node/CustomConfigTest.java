package spanel.adapter.http.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A change of custom_config is a JSON merge patch: RFC 7386's own examples (appendix A) hold. */
class CustomConfigTest {

    private static void mergesTo(String stored, String change, String result) {
        assertThat(CustomConfig.merged(stored, change)).as(stored + " + " + change).isEqualTo(result);
    }

    @Test
    void keysSentReplaceThoseKeptAndKeysNotSentStay() {
        mergesTo("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
        mergesTo("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}");
        mergesTo("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}");
        mergesTo("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}");
    }

    @Test
    void aKeySentAsNullIsRemoved() {
        mergesTo("{\"a\":\"b\"}", "{\"a\":null}", "{}");
        mergesTo("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}");
        mergesTo("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}");
    }

    @Test
    void objectsInsideMergeTheSameWay() {
        mergesTo("{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}");
        mergesTo("{\"a\":\"foo\"}", "{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"c\"}}");
        mergesTo("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}");
    }
}
