package dev.quire.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Plain data (maps in their own key order, lists, strings, numbers, booleans, nulls) written as
 * JSON through Jackson's streaming generator, for the feeds, the search index, JSON-LD and KaTeX's
 * options. The generator is what Jackson's {@code ObjectMapper} writes with, so the bytes are the
 * same, but it starts in a fraction of the time: an {@code ObjectMapper}'s first value cost
 * ~0.1 s of a build's start, loading some 400 classes, where this loads a few dozen.
 *
 * <p>Usage: {@code Json.compact(Map.of("a", List.of(1, "x")))}, or {@link #pretty} for output
 * people read, indented as {@code SerializationFeature.INDENT_OUTPUT} indents it.
 */
public final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /**
     * JSON written before, placed as it is where a value goes: a feed's items, each written once
     * per memo ({@link #prettyAt}) and shared by every feed that holds it.
     */
    public record Raw(String text) {
    }

    /** {@code value} on one line. */
    public static String compact(Object value) {
        return write(value, false);
    }

    /**
     * {@code text} as a JSON string, quotes included, escaped as {@link #compact} escapes it:
     * for the search index's terms, tens of thousands of short strings, where a generator per
     * string cost more than the rest of the index's arithmetic.
     */
    public static String quoted(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }

    /** {@code value} indented by Jackson's default pretty printer. */
    public static String pretty(Object value) {
        return write(value, true);
    }

    /**
     * {@code value} indented as {@link #pretty} indents it {@code depth} objects deep, for a
     * {@link Raw} value there: an object in a list that is a field of the top object is at depth 1.
     */
    public static String prettyAt(Object value, int depth) {
        // through the UTF-8 generator that writes files: it writes a character outside the Basic
        // Plane as its two surrogates escaped, where a generator writing characters leaves it as it is
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new Printer(depth));
            value(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }


    /**
     * {@code value} as a file holds it: UTF-8, ending with a newline; indented when {@code pretty}.
     * Written as bytes from the start: a string first, then encoded, copied a feed's full text
     * three times over.
     *
     * @param expectedBytes about how long it will be, so that the buffer seldom grows
     */
    public static byte[] file(Object value, boolean pretty, int expectedBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, expectedBytes));
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                json.setPrettyPrinter(new Printer(0));
            }
            value(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException("a ByteArrayOutputStream does not fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String write(Object value, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (pretty) {
                json.setPrettyPrinter(new Printer(0));
            }
            value(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Raw raw) {
            json.writeRawValue(raw.text());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName(String.valueOf(e.getKey()));
                value(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            json.writeNumber(l);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else {
            throw new IllegalArgumentException("not plain data for JSON: " + value.getClass().getName());
        }
    }

    /**
     * Jackson's default pretty printer with two changes: lines end with "\n" on every system (its
     * default is the system's line separator, which would make a feed written on Windows differ
     * from the same feed written elsewhere), and it may start {@code depth} objects deep.
     */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer(int depth) {
            indentObjectsWith(new DefaultIndenter("  ", "\n"));
            _nesting = depth;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(0);
        }
    }
}
