package dev.quire.cli;

import dev.quire.js.JsEngineKind;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --js-engine auto|v8|graaljs}: which engine renders math and code, over {@code js_engine:} in quire.yml. */
final class JsEngineOption {
    @Option(names = "--js-engine", paramLabel = "ENGINE", converter = Named.class,
            description = "auto (V8 where it loads, else GraalJS), v8 or graaljs (default: js_engine in quire.yml, else auto)")
    JsEngineKind kind;

    static final class Named implements ITypeConverter<JsEngineKind> {
        @Override
        public JsEngineKind convert(String value) {
            return JsEngineKind.named(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not an engine: use auto, v8 or graaljs"));
        }
    }
}
