package dev.quire.pipeline;

import dev.quire.content.Label;
import dev.quire.content.Memo;
import dev.quire.content.OpenQuestion;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatter;
import dev.quire.frontmatter.FrontMatterReader;
import dev.quire.frontmatter.FrontMatterSplitter;
import dev.quire.frontmatter.Revisions;
import dev.quire.frontmatter.Split;
import dev.quire.markdown.BodyContext;
import dev.quire.markdown.BodyResources;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.markdown.MemoBody;
import dev.quire.markdown.MemoTarget;
import dev.quire.markdown.OpenItem;
import dev.quire.markdown.TableOfContents;
import dev.quire.source.MemoSource;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Turns one memo file into a {@link Memo} in two passes. {@link #read} decodes the file, splits
 * it and reads its front matter; {@link #render} renders the body once every memo's slug is
 * known. Each pass is independent of every other memo, so memos are handled in parallel.
 */
final class MemoReader {
    private final MarkdownRenderer markdown;
    private final BodyResources resources;
    private final BodyCache bodies;
    private final ReadMemos read;
    private final StoredReads stored;
    /** Each file's last commit date when the settings ask for it, by site-relative path; else empty. */
    private final Map<String, OffsetDateTime> commitDates;

    /**
     * @param resources the site's static files and bibliography, read once per build
     * @param bodies where rendered bodies are kept between builds
     * @param read the memos read by earlier runs of the same pipeline, reused while their files are unchanged
     */
    /** Applies {@code work} to every item in parallel, results in order, where bodies render best ({@link MarkdownRenderer#inParallel}). */
    <I, T> List<T> inParallel(List<I> items, java.util.function.Function<I, T> work) {
        return markdown.inParallel(items, work);
    }

    MemoReader(MarkdownRenderer markdown, BodyResources resources, BodyCache bodies, ReadMemos read) {
        this(markdown, resources, bodies, read, new StoredReads(dev.quire.cache.RenderCache.none()), Map.of());
    }

    /**
     * @param stored what earlier builds read of each file, kept in the cache
     * @param commitDates each file's last commit date, for {@code updated_from_git}
     */
    MemoReader(MarkdownRenderer markdown, BodyResources resources, BodyCache bodies, ReadMemos read, StoredReads stored,
               Map<String, OffsetDateTime> commitDates) {
        this.markdown = markdown;
        this.resources = resources;
        this.bodies = bodies;
        this.read = read;
        this.stored = stored;
        this.commitDates = commitDates;
    }

    /** How many files were read and bodies rendered, and how many came from the cache, for {@code --timings}. */
    String cacheSummary() {
        return "files: " + stored.summary() + "; bodies: " + bodies.summary();
    }

    /** A digest standing for the memo's body in cache keys, or empty when there is none ({@link BodyCache#digest}). */
    Optional<String> bodyDigest(Memo memo) {
        return bodies.digest(memo.source().relativePath(), memo.body());
    }

    BodyResources resources() {
        return resources;
    }

    /** @param problems this memo's own problems (the memo stage merges them in source order) */
    Optional<ParsedMemo> read(MemoSource source, Problems problems) {
        ReadMemos.Stamp stamp = ReadMemos.Stamp.of(source.file());
        List<Problem> warnings = new ArrayList<>();
        Optional<ParsedMemo> kept = read.get(source, stamp, warnings);
        if (kept.isEmpty()) {
            kept = stored.get(source, stamp, warnings);
            kept.ifPresent(memo -> read.put(source, stamp, memo, warnings, System.currentTimeMillis()));
        }
        if (kept.isPresent()) {
            warnings.forEach(problems::add);
            return kept;
        }
        long readAt = System.currentTimeMillis();
        Optional<ParsedMemo> parsed = parse(source, problems);
        if (parsed.isPresent() && !problems.hasErrors()) {
            List<Problem> found = problems.sorted();
            read.put(source, stamp, parsed.get(), found, readAt);
            stored.put(source, stamp, parsed.get(), found, readAt);
        }
        return parsed;
    }

    private Optional<ParsedMemo> parse(MemoSource source, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.file());
        } catch (IOException e) {
            problems.error(source.relativePath(), "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
        Optional<String> text = TextFiles.decode(source.relativePath(), bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceText sourceText = new SourceText(source.relativePath(), text.get());
        Optional<Split> split = FrontMatterSplitter.split(sourceText, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatter> frontMatter = FrontMatterReader.read(sourceText, split.get(), problems);
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = frontMatter.get();
        String slug = fm.slug() != null ? fm.slug() : source.nameSlug();
        return Optional.of(new ParsedMemo(source, sourceText, fm, slug, split.get().body(), split.get().bodyFirstLine()));
    }

    /** @param memos every memo of the site by lower-cased slug, for links between memos */
    Memo render(ParsedMemo parsed, Map<String, MemoTarget> memos, Problems problems) {
        FrontMatter fm = parsed.frontMatter();
        MemoTarget self = memos.get(parsed.slug().toLowerCase(Locale.ROOT));
        MemoBody body = bodies.body(parsed.source().relativePath(), BodyInputs.memoKey(parsed), memos, problems, (targets, own) -> markdown.render(
                parsed.body(), new BodyContext(parsed.text(), parsed.bodyFirstLine(), own, targets, self,
                        parsed.source().bundleDir(), resources)));
        String contents = fm.toc() ? TableOfContents.of(body.contents()) : "";
        return new Memo(parsed.source(), parsed.slug(), fm.title(), fm.date(), Label.of(fm.category()), Label.distinct(fm.tags()),
                fm.description(), fm.abstractText(), fm.question(), fm.draft(), body, body.readMinutes(),
                openQuestions(body.openQuestions()), fm.editorial(), contents, body.memoLinks(), fm.series(),
                revised(fm.revisions(), parsed.source(), fm.date()));
    }

    /**
     * The revisions with the last commit's date when the front matter gives none and the settings
     * ask for it; for a memo, only a commit on a later day than its date counts as a revision.
     */
    Revisions revised(Revisions written, MemoSource source, OffsetDateTime published) {
        OffsetDateTime committed = commitDates.get(source.relativePath());
        if (written.updated() != null || committed == null) {
            return written;
        }
        if (published != null && !committed.atZoneSameInstant(published.getOffset()).toLocalDate().isAfter(published.toLocalDate())) {
            return written;
        }
        return new Revisions(committed, null, written.aliases());
    }

    /**
     * The body of a page of {@code pages/}, rendered as a memo's (cached the same way, by its
     * path and text), with links and images resolved from the page's own address.
     */
    MemoBody pageBody(MemoSource source, SourceText text, String body, int bodyFirstLine, MemoTarget self,
                      Map<String, MemoTarget> memos, Problems problems) {
        return bodies.body(source.relativePath(), BodyInputs.pageKey(source, text), memos, problems, (targets, own) -> markdown.render(
                body, new BodyContext(text, bodyFirstLine, own, targets, self, source.bundleDir(), resources)));
    }

    private static List<OpenQuestion> openQuestions(List<OpenItem> items) {
        return IntStream.range(0, items.size()).mapToObj(i -> new OpenQuestion(i + 1, items.get(i).html(), items.get(i).hasMath(), items.get(i).hasCode())).toList();
    }
}
