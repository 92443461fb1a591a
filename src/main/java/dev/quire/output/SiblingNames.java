package dev.quire.output;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names of the hidden folders and files a build keeps beside its output folder
 * ({@code ._site.staging}, {@code ._site.old}, {@code ._site.lock}). A file name may be at most
 * 255 bytes on the common file systems, so an output folder whose name is already near that
 * gets a shortened name made unique by a hash of the whole name.
 */
final class SiblingNames {
    /** NAME_MAX of ext4, XFS, Btrfs, APFS and NTFS (which counts UTF-16 units: fewer than bytes). */
    static final int MAX_BYTES = 255;

    private SiblingNames() {
    }

    static String of(String outputName, String suffix) {
        String plain = "." + outputName + suffix;
        if (bytes(plain) <= MAX_BYTES) {
            return plain;
        }
        String tail = "~" + hash(outputName) + suffix;
        int budget = MAX_BYTES - 1 - bytes(tail);
        StringBuilder prefix = new StringBuilder();
        int used = 0;
        for (int i = 0; i < outputName.length(); ) {
            int cp = outputName.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > budget) {
                break;
            }
            prefix.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return "." + prefix + tail;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
