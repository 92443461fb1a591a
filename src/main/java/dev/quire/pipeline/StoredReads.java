package dev.quire.pipeline;

import dev.quire.cache.CodeVersion;
import dev.quire.cache.RecordCodec;
import dev.quire.cache.RenderCache;
import dev.quire.diag.Problem;
import dev.quire.frontmatter.FrontMatter;
import dev.quire.source.MemoSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the first pass read of each memo file, kept in the cache between builds: a file unchanged
 * since (the same {@link ReadMemos.Stamp}: size, modification and change times, device and
 * inode) is neither decoded, hashed nor its front matter parsed again. Its text is read only if
 * its body has to be rendered again, and then checked against the digest kept here
 * ({@link MemoFile}).
 *
 * <p>As in {@link ReadMemos}, a file changed within {@link ReadMemos#SETTLED_MILLIS} of being
 * read is not kept (a second save in the same clock tick would leave its stamp as it was), nor
 * one with errors; warnings are kept and reported again. Entries are keyed by Quire's code and
 * the entry's shape too, and checked by the codec's checksum: a damaged or foreign entry reads
 * as missing, and the file is read as if nothing were kept.
 */
final class StoredReads {
    static final String KIND = "memo-read";

    /** What is kept of one file: its front matter and slug, where its body starts, its text's digest, its warnings. */
    record Entry(FrontMatter frontMatter, String slug, String digest, int bodyStart, int bodyFirstLine, List<Problem> warnings) {
    }

    private final RecordCodec<Entry> codec = RecordCodec.of(Entry.class);
    private final RenderCache cache;
    private final String version;
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicInteger read = new AtomicInteger();

    StoredReads(RenderCache cache) {
        this.cache = cache;
        this.version = RenderCache.key(CodeVersion.current(), RecordCodec.schema(Entry.class));
    }

    /** The memo as read from {@code source} by an earlier build, when its file is as it was then; its warnings into {@code warnings}. */
    Optional<ParsedMemo> get(MemoSource source, ReadMemos.Stamp now, List<Problem> warnings) {
        Optional<String> key = key(source, now);
        Optional<Entry> entry = key.flatMap(k -> cache.getBytes(KIND, k)).flatMap(codec::decode);
        if (entry.isEmpty()) {
            read.incrementAndGet();
            return Optional.empty();
        }
        kept.incrementAndGet();
        Entry e = entry.get();
        warnings.addAll(e.warnings());
        return Optional.of(new ParsedMemo(source, MemoFile.unread(source, e.digest(), e.bodyStart(), e.bodyFirstLine()),
                e.frontMatter(), e.slug()));
    }

    /** Keeps what reading {@code source} gave, unless the file changed too recently to be told apart by its stamp. */
    void put(MemoSource source, ReadMemos.Stamp before, ParsedMemo parsed, List<Problem> warnings, long readAtMillis) {
        if (before == null || !before.settledAt(readAtMillis) || !cache.enabled()) {
            return;
        }
        key(source, before).ifPresent(k -> cache.putBytes(KIND, k, codec.encode(new Entry(parsed.frontMatter(), parsed.slug(),
                parsed.file().digest(), parsed.file().bodyStart(), parsed.bodyFirstLine(), warnings))));
    }

    /** "1000 unchanged, 0 read", for {@code --timings}. */
    String summary() {
        return kept.get() + " unchanged, " + read.get() + " read";
    }

    private Optional<String> key(MemoSource source, ReadMemos.Stamp stamp) {
        if (stamp == null || !cache.enabled()) {
            return Optional.empty();
        }
        String bundle = source.bundleDir() == null ? "" : source.bundleDir().toAbsolutePath().toString();
        return stamp.key().map(s -> RenderCache.key(version, source.relativePath(), source.file().toAbsolutePath().toString(),
                source.nameSlug(), bundle, s));
    }
}
