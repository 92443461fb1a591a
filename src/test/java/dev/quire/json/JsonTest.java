package dev.quire.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** The search index writes its terms with quoted() and the rest with the generator: one escaping for both. */
    @Test
    void aQuotedStringIsWhatTheGeneratorWrites() {
        for (String text : List.of("", "warmup", "say \"why\"", "back\\slash", "tab\there", "line\nbreak", "\u0000\u0001\u001f\u007f",
                "caf\u00e9", "\u2028\u2029", "\uD83D\uDE00", "</script>", "a/b", "\u00a0\u200b")) {
            assertThat(Json.quoted(text)).as(text).isEqualTo(Json.compact(text));
        }
    }

    @Test
    void mapsKeepTheirKeyOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of("x", true));
        assertThat(Json.compact(map)).isEqualTo("{\"b\":1,\"a\":[\"x\",true]}");
    }
}
