package dev.quire.cache;

import dev.quire.cache.Pack.Loc;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * Where every entry of a store lies, and which packs that covers. A compact binary file, read
 * whole once at open (56 bytes an entry), never the values:
 *
 * <pre>
 * "QIX1" · pack count (int) · pack names (UTF)
 * · entry count (int) · per entry: key (32 bytes) · pack number (int) · offset (long) · length (int) · stamp (long)
 * · CRC32C of all the above (int)
 * </pre>
 *
 * An index that is missing, cut short or fails its checksum is read as empty: every pack is then
 * scanned instead. It is replaced only whole, through a temporary file renamed over it.
 *
 * @param packs the packs whose entries the index holds (a pack absent here is scanned)
 */
record PackIndex(Set<String> packs, Map<StoreKey, Loc> entries) {
    static final String FILE = "index.qix";
    private static final int MAGIC = 0x51495831; // "QIX1"
    private static final int ENTRY_BYTES = StoreKey.BYTES + 24;

    static PackIndex empty() {
        return new PackIndex(Set.of(), Map.of());
    }

    /** The index in {@code dir}, or an empty one when it is missing or unreadable; its entries, when any, in a map of its own. */
    static PackIndex read(Path dir) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(FILE));
            if (bytes.length < 16) {
                return empty();
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            in.skipNBytes(bytes.length - 4);
            if ((int) crc.getValue() != in.readInt()) {
                return empty();
            }
            return parse(new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - 4)), bytes.length);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (IOException | RuntimeException e) {
            return empty(); // garbage that passed the checksum by chance, or an unreadable file
        }
    }

    private static PackIndex parse(DataInputStream in, int size) throws IOException {
        if (in.readInt() != MAGIC) {
            return empty();
        }
        int packCount = in.readInt();
        if (packCount < 0 || packCount > size) {
            return empty();
        }
        List<String> names = new ArrayList<>(packCount);
        for (int i = 0; i < packCount; i++) {
            String name = in.readUTF();
            if (!Pack.NAME.matcher(name).matches()) {
                return empty(); // never a path out of the cache folder
            }
            names.add(name);
        }
        int count = in.readInt();
        if (count < 0 || (long) count * ENTRY_BYTES > size) {
            return empty();
        }
        Map<StoreKey, Loc> entries = new HashMap<>(count * 4 / 3 + 1);
        for (int i = 0; i < count; i++) {
            StoreKey key = StoreKey.read(in);
            int pack = in.readInt();
            long offset = in.readLong();
            int length = in.readInt();
            long stamp = in.readLong();
            if (pack < 0 || pack >= names.size()) {
                return empty();
            }
            entries.put(key, new Loc(names.get(pack), offset, length, stamp));
        }
        return new PackIndex(Set.copyOf(names), entries);
    }

    /** Replaces the index in {@code dir} with this one, atomically. */
    void write(Path dir) throws IOException {
        List<String> names = new ArrayList<>(packs);
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            numbers.put(names.get(i), i);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + entries.size() * ENTRY_BYTES);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(names.size());
        for (String name : names) {
            out.writeUTF(name);
        }
        out.writeInt(entries.size());
        for (Map.Entry<StoreKey, Loc> e : entries.entrySet()) {
            Loc loc = e.getValue();
            e.getKey().write(out);
            out.writeInt(numbers.get(loc.pack()));
            out.writeLong(loc.offset());
            out.writeInt(loc.length());
            out.writeLong(loc.stamp());
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        Path temp = Files.createTempFile(dir, ".tmp-", ".qix");
        try {
            Files.write(temp, bytes.toByteArray());
            Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
