package dev.quire.importer;

import dev.quire.diag.Problems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The state of one import shared by every post: the blog, the problems found, the index of
 * posts, the site's macros, the files bound for {@code static/} and the counts. One per run of
 * {@code quire import}; posts are converted one after another, so nothing here is shared
 * between threads.
 */
public final class ImportRun {
    public final Blog blog;
    public final Dialect dialect;
    final Problems problems;
    final SiteIndex index = new SiteIndex();
    final MacroTable macros = new MacroTable();
    final Tally tally = new Tally();
    /** Path in the new site → file: linked files that are not images, published as they were. */
    final Map<String, Path> staticFiles = new TreeMap<>();

    ImportRun(Blog blog, Dialect dialect, Problems problems) {
        this.blog = blog;
        this.problems = problems;
        this.dialect = dialect;
    }

    /** The new page of the post whose reference (path, file name, post_url name) this is, if any. */
    public Optional<String> memoUrl(String reference) {
        return index.post(reference).map(slug -> "/memos/" + slug + "/");
    }

    /** Counts one link rewritten to a memo. */
    public void linkRewritten() {
        tally.links++;
    }
}
