package dev.quire.build;

import dev.quire.content.Label;
import dev.quire.content.Memo;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatter;
import dev.quire.frontmatter.FrontMatterReader;
import dev.quire.frontmatter.FrontMatterSplitter;
import dev.quire.frontmatter.Split;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.markdown.RenderedBody;
import dev.quire.source.MemoSource;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Turns one memo file into a {@link Memo}: decode, split, read front matter, render the body.
 * Independent of every other memo, so memos are read in parallel.
 */
final class MemoReader {
    private final MarkdownRenderer markdown;

    MemoReader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    Optional<Memo> read(MemoSource source, Problems problems) {
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
        RenderedBody body = markdown.render(split.get().body());
        String slug = fm.slug() != null ? fm.slug() : source.nameSlug();
        return Optional.of(new Memo(source, slug, fm.title(), fm.date(), Label.of(fm.category()), Label.distinct(fm.tags()), fm.description(),
                fm.abstractText(), fm.question(), fm.draft(), body.html(), body.words(), body.readMinutes()));
    }
}
