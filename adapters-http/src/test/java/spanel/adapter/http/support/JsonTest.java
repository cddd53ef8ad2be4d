package spanel.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bodies are read strictly, and a NUL character is refused however it is written. */
class JsonTest {

    record Entry(String ip, List<String> tags) {
    }

    @Test
    void onlyABodyHoldingANulOrItsEscapeIsCheckedTokenByToken() {
        assertThat(Json.mayHoldNul("{\"node_id\":1,\"data\":[{\"user_id\":2,\"u\":3,\"d\":4}]}")).isFalse();
        assertThat(Json.mayHoldNul("{\"ip\":\"1.2.3.4\\u0000\"}")).isTrue();
        assertThat(Json.mayHoldNul("{\"ip\":\"1.2.3.4\0\"}")).isTrue();
    }

    @Test
    void aBodyWithoutANulIsReadAsItIs() {
        assertThat(Json.read("{\"ip\":\"1.2.3.4\",\"tags\":[\"a\\u0001\"]}", Entry.class))
                .isEqualTo(new Entry("1.2.3.4", List.of("a\u0001")));
    }

    @Test
    void anEscapedNulIsRefusedWhereItStands() {
        assertThatThrownBy(() -> Json.read("{\"ip\":\"1.2.3.4\",\"tags\":[\"a\",\"b\\u0000\"]}", Entry.class))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("tags[1]");
    }

    @Test
    void bytesAreCheckedForANulAsTextIs() {
        assertThat(Json.mayHoldNul(utf8("{\"node_id\":1,\"data\":[{\"user_id\":2,\"u\":3,\"d\":4}]}"))).isFalse();
        assertThat(Json.mayHoldNul(utf8("{\"ip\":\"1.2.3.4\\u0000\"}"))).isTrue();
        assertThat(Json.mayHoldNul(utf8("{\"ip\":\"1.2.3.4\0\"}"))).isTrue();
        assertThat(Json.mayHoldNul(utf8("{\"ip\":\"\\u000"))).isFalse();
    }

    @Test
    void aNulInBytesIsRefusedWhereItStands() {
        assertThatThrownBy(() -> Json.read(utf8("{\"ip\":\"1.2.3.4\",\"tags\":[\"a\",\"b\\u0000\"]}"), Entry.class))
                .isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("tags[1]");
        // Unescaped, a NUL is a control character JSON does not allow in a string at all.
        assertThatThrownBy(() -> Json.read(utf8("{\"ip\":\"1.2\0\"}"), Entry.class)).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void bytesAreReadAsTheSameTextIs() {
        assertThat(Json.read(utf8("{\"ip\":\"ü.2.3.4\",\"tags\":[\"a\\u0001\"]}"), Entry.class))
                .isEqualTo(new Entry("ü.2.3.4", List.of("a\u0001")));
        assertThat(Json.read("{\"ip\":\"ü.2.3.4\",\"tags\":[\"a\\u0001\"]}".getBytes(StandardCharsets.UTF_16), Entry.class))
                .isEqualTo(new Entry("ü.2.3.4", List.of("a\u0001")));
        for (String refused : List.of("", " \n\t", "null", "{\"ip\":", "{\"ip\":1}")) {
            assertThatThrownBy(() -> Json.read(utf8(refused), Entry.class)).as(refused).isInstanceOf(InvalidRequest.class);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
