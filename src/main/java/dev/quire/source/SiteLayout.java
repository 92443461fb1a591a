package dev.quire.source;

import java.nio.file.Path;

/** Where things live in a site folder (PRODUCT.md §1). */
public record SiteLayout(Path root) {

    public SiteLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path config() {
        return root.resolve("quire.yml");
    }

    public Path memos() {
        return root.resolve("memos");
    }

    /** Pages beyond the memos: {@code pages/about.md} is {@code /about/}. */
    public Path pages() {
        return root.resolve("pages");
    }

    public Path staticFiles() {
        return root.resolve("static");
    }

    public Path references() {
        return root.resolve("references.bib");
    }

    public Path theme() {
        return root.resolve("theme");
    }

    public Path defaultOutput() {
        return root.resolve("_site");
    }

    /** Whether {@code file}, links resolved, lies inside the site folder. */
    public boolean holds(Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The path of {@code file} relative to the site folder with forward slashes, for messages. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
