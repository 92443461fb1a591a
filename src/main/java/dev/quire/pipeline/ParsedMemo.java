package dev.quire.pipeline;

import dev.quire.content.Memo;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatter;
import dev.quire.markdown.MemoTarget;
import dev.quire.source.MemoSource;

/**
 * A memo after its first pass: its front matter read, its body not yet rendered. Bodies are
 * rendered in a second pass, once every memo's slug and title are known, so that a body may
 * link to any other memo.
 *
 * @param file the file's text, which a memo unchanged since an earlier build reads only when needed
 */
record ParsedMemo(MemoSource source, MemoFile file, FrontMatter frontMatter, String slug) {

    /** A memo read now: {@code body} is the end of {@code text}, starting on the file line {@code bodyFirstLine}. */
    ParsedMemo(MemoSource source, SourceText text, FrontMatter frontMatter, String slug, String body, int bodyFirstLine) {
        this(source, MemoFile.read(source, text == null ? new SourceText(source.relativePath(), body) : text, body,
                bodyFirstLine), frontMatter, slug);
    }

    SourceText text() {
        return file.text();
    }

    String body() {
        return file.body();
    }

    int bodyFirstLine() {
        return file.bodyFirstLine();
    }

    /** @param draftsBuilt whether this build publishes drafts (--drafts) */
    MemoTarget target(boolean draftsBuilt) {
        return new MemoTarget(slug, frontMatter.title(), Memo.pathOf(slug), frontMatter.draft() && !draftsBuilt);
    }
}
