package dev.quire.pipeline;

import dev.quire.config.SiteConfig;
import dev.quire.content.Memo;
import dev.quire.content.Site;
import dev.quire.markdown.MemoTarget;
import dev.quire.output.OutputPlan.Entry;
import dev.quire.render.PageRenderer;
import dev.quire.search.SearchIndex;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one good run of the {@link Pipeline} knows, kept to compare the next run with.
 *
 * @param parsed every readable memo after its first pass, by entry in {@code memos/}
 * @param memos every rendered memo, by the same entries
 * @param targets every memo as links between memos see it, by lower-cased slug
 * @param plan the output plan the sink's files were written from, by path
 * @param search the search index of that plan, which the next run's index starts from
 * @param settled false after a body-only edit rendered its memo's page alone: the site model
 *     and plan still hold the memo as it was, and {@link Pipeline#settle} brings the rest up to date
 * @param rendered how many files this run rendered or copied
 */
record PipelineState(SiteConfig config, TreeMap<Path, ParsedMemo> parsed, Map<Path, Memo> memos,
                     Map<String, MemoTarget> targets, Site site, PageRenderer pages, Map<String, Entry> plan,
                     SearchIndex search, boolean settled, int rendered) {
}
