package dev.quire.pipeline;

import dev.quire.content.Memo;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatter;
import dev.quire.markdown.MemoTarget;
import dev.quire.source.MemoSource;

/**
 * A memo after its first pass: decoded and its front matter read, its body not yet rendered.
 * Bodies are rendered in a second pass, once every memo's slug and title are known, so that a
 * body may link to any other memo.
 *
 * @param bodyFirstLine the file line (1-based) on which the body starts
 */
record ParsedMemo(MemoSource source, SourceText text, FrontMatter frontMatter, String slug, String body, int bodyFirstLine) {

    /** @param draftsBuilt whether this build publishes drafts (--drafts) */
    MemoTarget target(boolean draftsBuilt) {
        return new MemoTarget(slug, frontMatter.title(), Memo.pathOf(slug), frontMatter.draft() && !draftsBuilt);
    }
}
