package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.source.MemoSource;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * A memo file's text: read by this run, or, for a file unchanged since an earlier build kept what
 * it read ({@link StoredReads}), read again only when something needs it (a body to render after
 * a change elsewhere). Such a file is known by the digest of its text: if it no longer matches
 * when it is read, the file changed during the build, and the build stops rather than publish a
 * page made of two versions.
 */
final class MemoFile {
    private final MemoSource source;
    private final int bodyFirstLine;
    /** Where the body begins in the text: the body is what follows the front matter. */
    private final int bodyStart;
    private volatile String digest;
    private volatile SourceText text;

    private MemoFile(MemoSource source, SourceText text, String digest, int bodyStart, int bodyFirstLine) {
        this.source = source;
        this.text = text;
        this.digest = digest;
        this.bodyStart = bodyStart;
        this.bodyFirstLine = bodyFirstLine;
    }

    /** A file this run read: {@code body} is the end of {@code text}. */
    static MemoFile read(MemoSource source, SourceText text, String body, int bodyFirstLine) {
        return new MemoFile(source, text, null, text.text().length() - body.length(), bodyFirstLine);
    }

    /** A file known by what an earlier build read of it, its text read again on first need. */
    static MemoFile unread(MemoSource source, String digest, int bodyStart, int bodyFirstLine) {
        return new MemoFile(source, null, digest, bodyStart, bodyFirstLine);
    }

    /** The digest of the text, which stands for it in cache keys. */
    String digest() {
        String d = digest;
        if (d == null) {
            d = RenderCache.key(text.text());
            digest = d;
        }
        return d;
    }

    SourceText text() {
        SourceText t = text;
        if (t == null) {
            t = readAgain();
            text = t;
        }
        return t;
    }

    String body() {
        return text().text().substring(bodyStart);
    }

    int bodyStart() {
        return bodyStart;
    }

    /** The file line (1-based) on which the body starts. */
    int bodyFirstLine() {
        return bodyFirstLine;
    }

    private SourceText readAgain() {
        Optional<String> decoded;
        try {
            decoded = TextFiles.decode(source.relativePath(), Files.readAllBytes(source.file()), new Problems());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.relativePath(), e);
        }
        if (decoded.isEmpty() || !RenderCache.key(decoded.get()).equals(digest)) {
            throw new UncheckedIOException("cannot read " + source.relativePath(),
                    new IOException("it changed while the site was being built"));
        }
        return new SourceText(source.relativePath(), decoded.get());
    }
}
