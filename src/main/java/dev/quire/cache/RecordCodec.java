package dev.quire.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * Turns a record of plain data into bytes and back: strings, ints, longs, booleans, enums, dates
 * with offsets ({@link OffsetDateTime}), lists and nested records of those, nulls allowed. Used to keep a memo's typed render result between
 * builds. Written by hand because the JDK's own serialization is slow to start and ties the bytes
 * to class internals, and no small, well-kept library maps records to a compact binary form
 * without a schema compiler; this is one reflective walk over the record's components.
 *
 * <p>{@link #schema(Class)} describes the shape of a record type: a cache keyed by it never reads
 * bytes written for another shape (a field added, renamed or retyped).
 *
 * <p>Each record type's components, accessors and constructor are looked up once per codec:
 * reflection per value would cost more than the rendering the cache saves.
 *
 * <p>A component marked {@link Omitted} is not written, and reads back as {@code null}: what
 * its owner keeps elsewhere (a memo body's texts, read only when a page is written).
 *
 * <p>Usage: {@code RecordCodec<Body> codec = RecordCodec.of(Body.class); byte[] b = codec.encode(body);
 * Optional<Body> back = codec.decode(b);}
 */
public final class RecordCodec<T extends Record> {
    /** A component not kept in the bytes: written as nothing, read back as {@code null}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Omitted {
    }

    /**
     * A string component whose values repeat across records (a search term in every memo that
     * uses it): each distinct value is decoded once per codec and shared, instead of one copy per
     * record. A 10,000-memo site holds 2.2 million term counts of some thousands of terms.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Shared {
    }

    /** A record type as the codec walks it. */
    private record Shape(Type[] types, Method[] accessors, boolean[] omitted, boolean[] shared, Constructor<?> constructor) {
    }

    private final Class<T> type;
    private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();
    /** The values of {@link Shared} components decoded so far. */
    private final Map<String, String> sharedValues = new ConcurrentHashMap<>(1 << 14);

    private RecordCodec(Class<T> type) {
        this.type = type;
    }

    public static <T extends Record> RecordCodec<T> of(Class<T> type) {
        return new RecordCodec<>(type);
    }

    private String shared(String value) {
        String known = sharedValues.get(value);
        if (known != null) {
            return known;
        }
        known = sharedValues.putIfAbsent(value, value);
        return known != null ? known : value;
    }

    private Shape shape(Class<?> recordType) {
        // looked up for every record read; computeIfAbsent would lock the bin on every hit
        Shape known = shapes.get(recordType);
        return known != null ? known : shapes.computeIfAbsent(recordType, t -> {
            RecordComponent[] components = t.getRecordComponents();
            Type[] types = new Type[components.length];
            Method[] accessors = new Method[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            boolean[] omitted = new boolean[components.length];
            boolean[] shared = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                omitted[i] = components[i].isAnnotationPresent(Omitted.class);
                shared[i] = components[i].isAnnotationPresent(Shared.class) && components[i].getType() == String.class;
                types[i] = components[i].getGenericType();
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true); // records of other packages may be package-private
                raw[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = t.getDeclaredConstructor(raw);
                constructor.setAccessible(true);
                return new Shape(types, accessors, omitted, shared, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record has its canonical constructor", e);
            }
        });
    }

    /** The record's bytes, ending with a CRC32C of the rest so that a damaged copy is never read back. */
    public byte[] encode(T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeRecord(out, value);
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the stream is in memory
        }
        return bytes.toByteArray();
    }

    /** The record, or empty when the bytes are not one of this type (damaged, truncated, another shape). */
    public Optional<T> decode(byte[] bytes) {
        if (bytes.length < 4) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
            return Optional.empty();
        }
        try {
            Cursor in = new Cursor(bytes, bytes.length - 4);
            T value = type.cast(readRecord(in, type));
            return in.available() == 0 ? Optional.of(value) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The shape of a record type: its components' names and types, nested records included. */
    public static String schema(Class<?> type) {
        StringBuilder out = new StringBuilder(type.getName()).append('(');
        for (RecordComponent c : type.getRecordComponents()) {
            out.append(c.getName()).append(':').append(c.getGenericType().getTypeName());
            Class<?> nested = elementClass(c.getGenericType());
            if (c.isAnnotationPresent(Omitted.class)) {
                out.append(" omitted");
            } else if (nested.isRecord()) {
                out.append('=').append(schema(nested));
            }
            out.append(';');
        }
        return out.append(')').toString();
    }

    private void writeRecord(DataOutputStream out, Record value) throws IOException {
        Shape shape = shape(value.getClass());
        for (int i = 0; i < shape.types().length; i++) {
            if (shape.omitted()[i]) {
                continue;
            }
            Object field;
            try {
                field = shape.accessors()[i].invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + shape.accessors()[i], e);
            }
            write(out, shape.types()[i], field);
        }
    }

    private void write(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == long.class) {
            out.writeLong((Long) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else {
            out.writeBoolean(value != null);
            if (value == null) {
                return;
            }
            if (raw == String.class) {
                writeString(out, (String) value);
            } else if (raw.isEnum()) {
                writeString(out, ((Enum<?>) value).name());
            } else if (raw == OffsetDateTime.class) {
                writeString(out, value.toString()); // ISO-8601, which parse reads back to an equal value
            } else if (raw.isRecord()) {
                writeRecord(out, (Record) value);
            } else if (raw == List.class) {
                List<?> list = (List<?>) value;
                out.writeInt(list.size());
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                for (Object item : list) {
                    write(out, element, item);
                }
            } else {
                throw new IllegalArgumentException("cannot encode a " + type.getTypeName());
            }
        }
    }

    private Object readRecord(Cursor in, Class<?> recordType) throws IOException {
        Shape shape = shape(recordType);
        Object[] args = new Object[shape.types().length];
        for (int i = 0; i < args.length; i++) {
            if (shape.omitted()[i]) {
                args[i] = null;
            } else if (shape.shared()[i]) {
                String value = (String) read(in, shape.types()[i]);
                args[i] = value == null ? null : shared(value);
            } else {
                args[i] = read(in, shape.types()[i]);
            }
        }
        try {
            return shape.constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + recordType.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Cursor in, Type type) throws IOException {
        Class<?> raw = rawClass(type);
        if (raw == int.class) {
            return in.readInt();
        } else if (raw == long.class) {
            return in.readLong();
        } else if (raw == boolean.class) {
            return in.readBoolean();
        }
        if (!in.readBoolean()) {
            return null;
        }
        if (raw == String.class) {
            return readString(in);
        } else if (raw.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) raw, readString(in));
        } else if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse(readString(in));
        } else if (raw.isRecord()) {
            return readRecord(in, raw);
        } else if (raw == List.class) {
            int size = in.readInt();
            if (size < 0 || size > in.available()) {
                throw new IOException("bad list size " + size);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(read(in, element));
            }
            return Collections.unmodifiableList(list);
        }
        throw new IOException("cannot decode a " + type.getTypeName());
    }

    /** Strings as a length and UTF-8 bytes: {@code writeUTF} stops at 64 KB, and bodies are longer. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(Cursor in) throws IOException {
        return in.readString(in.readInt());
    }

    /**
     * Reads what {@link DataOutputStream} wrote, straight from the array: strings are decoded in
     * place rather than copied out first (bodies are most of a warm build's reading).
     */
    private static final class Cursor {
        private final byte[] bytes;
        private final int end;
        private int at;

        Cursor(byte[] bytes, int end) {
            this.bytes = bytes;
            this.end = end;
        }

        int available() {
            return end - at;
        }

        private int take(int n) throws IOException {
            if (n < 0 || n > end - at) {
                throw new IOException("bad length " + n + " at " + at);
            }
            int from = at;
            at += n;
            return from;
        }

        boolean readBoolean() throws IOException {
            return bytes[take(1)] != 0;
        }

        int readInt() throws IOException {
            int i = take(4);
            return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | (bytes[i + 3] & 0xff);
        }

        long readLong() throws IOException {
            return (long) readInt() << 32 | (readInt() & 0xffffffffL);
        }

        String readString(int length) throws IOException {
            int from = take(length);
            return new String(bytes, from, length, StandardCharsets.UTF_8);
        }
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Class<?> elementClass(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return rawClass(p.getActualTypeArguments()[0]);
        }
        return rawClass(type);
    }
}
