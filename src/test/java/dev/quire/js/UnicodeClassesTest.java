package dev.quire.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The written-out Unicode properties match GraalJS's own: for a sample of code points (every
 * 37th, and each range's ends), {@code \p{X}} of GraalJS's engine and the written-out class agree,
 * so the rewrite changes nothing for GraalJS and gives V8 the same characters.
 */
class UnicodeClassesTest {
    @Test
    void theWrittenOutClassesMatchGraalJsOwnProperties() {
        String check = """
                function quireCompare() {
                  var names = Object.keys(quireUnicodeClasses), wrong = [];
                  names.forEach(function (name) {
                    var own = new quireNativeRegExp('^\\\\p{' + name + '}$', 'u');
                    var written = new quireNativeRegExp('^[' + quireUnicodeClasses[name] + ']$', 'u');
                    for (var cp = 0; cp <= 0x10FFFF; cp += (cp % 37 === 0 ? 1 : 36)) {
                      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
                      var ch = String.fromCodePoint(cp);
                      if (own.test(ch) !== written.test(ch)) wrong.push(name + ' ' + cp.toString(16));
                    }
                  });
                  return names.length + ' properties; mismatches: ' + wrong.slice(0, 10).join(', ');
                }
                """;
        try (JsEngine js = new JsEngine(JsEngineKind.GRAALJS, 1)) {
            // the prelude replaces RegExp; the test keeps the engine's own for \\p{...}
            ScriptPool pool = js.pool(List.of(Script.inline("compare.js", check)));
            assertThat(pool.call("quireCompare")).isEqualTo("5 properties; mismatches: ");
        }
    }

    @Test
    void literalsNamingAPropertyBecomeRegExpCalls() {
        assertThat(UnicodeClasses.rewriteLiterals("const t=/[\\p{XID_Start}_]\\p{XID_Continue}*/u,a=/\\w+/;"))
                .isEqualTo("const t=RegExp(\"[\\\\p{XID_Start}_]\\\\p{XID_Continue}*\", \"u\"),a=/\\w+/;");
        assertThat(UnicodeClasses.rewriteLiterals("var s=\"(\\\\p{S}|\\\\p{P})\";")).as("a property in a string is left alone")
                .isEqualTo("var s=\"(\\\\p{S}|\\\\p{P})\";");
    }
}
