package dev.quire.pipeline;

import dev.quire.cache.RenderCache;
import dev.quire.config.ConfigLoader;
import dev.quire.config.SiteConfig;
import dev.quire.content.Ledger;
import dev.quire.content.Memo;
import dev.quire.content.Site;
import dev.quire.content.Term;
import dev.quire.diag.Problem;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import dev.quire.render.Favicon;
import dev.quire.render.PageMeta;
import dev.quire.render.PageRenderer;
import dev.quire.render.RenderContext;
import dev.quire.search.SearchIndex;
import dev.quire.source.SiteLayout;
import dev.quire.theme.ThemeFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Plans every file of the site (PRODUCT.md §3): pages from the model, the theme's assets, each
 * bundle's files beside its memo, and {@code static/} as is. Nothing is rendered here; each entry
 * renders when it is written.
 *
 * <p>Each entry names its {@link Inputs}, which {@code serve} uses to render again only the files
 * a change touches: a memo's page depends on the memo and on the titles of its neighbours; a list
 * on the summaries of the memos it lists; the full lists on every memo's summary.
 */
final class OutputPlanner {
    private OutputPlanner() {
    }

    /**
     * @param theme the site's theme folder: its assets are published, replacing built-in ones
     * @param cache where files worth keeping between builds are kept (the Atom feeds)
     * @param bodyDigests a digest standing for each memo's body in their keys, where there is one
     * @param search the site's search index ({@link SearchOutputs#index}), asked for when its entries are planned
     *     (it may still be being built: {@link IndexAndPlan})
     * @param keys the memos' input keys, shared by the plans of one pipeline
     * @param feedEntries the memos' feed entries as written, shared by the plans of one pipeline
     */
    static OutputPlan plan(Site site, RenderContext ctx, PageRenderer pages, SiteLayout layout, ThemeFolder theme,
                           RenderCache cache, Function<Memo, Optional<String>> bodyDigests, Supplier<SearchIndex> search,
                           InputKeys keys, FeedEntries feedEntries) {
        OutputPlan plan = new OutputPlan();
        String title = site.config().title();
        Set<String> everyMemo = Set.of(Inputs.MEMO_LIST);
        plan.page("index.html", "home page", everyMemo, pages::home);
        for (Memo memo : site.memos()) {
            plan.page(memoPagePath(memo), memo.source().relativePath(), memoPageInputs(site, ctx, memo, keys),
                    () -> pages.memo(memo));
            if (memo.source().isBundle()) {
                for (Path file : memo.source().bundleFiles()) {
                    String rel = memo.source().bundleDir().relativize(file).toString().replace('\\', '/');
                    copyInside(layout, plan, memo.path() + rel, file);
                }
            }
        }
        plan.page("archive/index.html", "archive page", everyMemo, () -> pages.archive(
                new PageMeta("archive/", "Archive · " + title, "Every memo, newest first.", "list")));
        plan.page("topic-log/index.html", "topic log page", everyMemo, pages::topicLog);
        // the ledger shows every memo's open questions and 'answers:', both part of its summary
        plan.page("open-questions/index.html", "open questions page", everyMemo, pages::openQuestions);
        plan.page("categories/index.html", "categories page", everyMemo, () -> pages.terms(
                new PageMeta("categories/", "Categories · " + title, "Memos by category.", "list"), "Categories",
                site.categories()));
        plan.page("tags/index.html", "themes page", everyMemo, () -> pages.terms(
                new PageMeta("tags/", "Themes · " + title, "Memos by theme.", "list"), "Themes", site.tags()));
        for (Term category : site.categories()) {
            plan.page(category.path() + "index.html", "category '" + category.name() + "'", summaries(category.memos(), keys), () -> pages.list(
                    new PageMeta(category.path(), category.name() + " · " + title, "Memos in " + category.name() + ".", "list"),
                    "Category", category.name(), "", category.memos()));
        }
        for (Term tag : site.tags()) {
            plan.page(tag.path() + "index.html", "tag '" + tag.name() + "'", summaries(tag.memos(), keys), () -> pages.list(
                    new PageMeta(tag.path(), tag.name() + " · " + title, "Memos on " + tag.name() + ".", "list"),
                    "Theme", tag.name(), "", tag.memos()));
        }
        plan.builtIn("404.html", "404 page", Inputs.SITE_ONLY, pages::notFound);
        plan.builtIn("favicon.svg", "favicon", Inputs.SITE_ONLY, () -> Favicon.svg(site.config()));
        FeedOutputs.planFeeds(plan, site, cache, bodyDigests, feedEntries);
        SearchOutputs.plan(plan, site, pages, search.get());
        ThemeAssets.plan(plan);
        MathAndCodeAssets.plan(site, plan);
        PageOutputs.planPages(plan, site, pages, layout);
        if (theme != null) {
            theme.assets().forEach((path, file) -> copyInside(layout, plan, path, file));
        }
        planStatic(layout, plan);
        FeedOutputs.planSitemap(plan, site);
        PageOutputs.planAliases(plan, site, pages);
        warnMissing(plan, ctx);
        return plan;
    }

    /** The stylesheets pages link after the theme's: those the settings name, then the theme folder's custom.css. */
    static List<String> stylesheets(SiteConfig config, ThemeFolder theme) {
        List<String> sheets = new ArrayList<>(config.theme().stylesheets());
        if (theme != null && theme.hasCustomCss() && !sheets.contains(ThemeFolder.CUSTOM_CSS)) {
            sheets.add(ThemeFolder.CUSTOM_CSS);
        }
        return sheets;
    }

    /** A stylesheet or avatar the settings name that no file writes would be a broken link on every page. */
    private static void warnMissing(OutputPlan plan, RenderContext ctx) {
        List<String> named = new ArrayList<>(ctx.config().theme().stylesheets());
        if (!ctx.config().theme().avatar().isEmpty()) {
            named.add(ctx.config().theme().avatar());
        }
        for (String path : named) {
            if (!plan.has(path)) {
                plan.warn(Problem.warning(ConfigLoader.FILE, 0, 0, "'" + path + "' is not a file of the site",
                        "put it in theme/assets/ (published under assets/) or in static/, and name its path in the site", null));
            }
        }
    }

    static String memoPagePath(Memo memo) {
        return memo.path() + "index.html";
    }

    /**
     * The memo in full, and the summaries of the memos its page shows: its neighbours (previous
     * and next), the memos whose open questions it answers, the memos answering its own, and
     * the memos that link to it ("Referenced by"), and its related memos (the list itself too, in
     * order, so that the page is rendered again when any other memo's change reorders it).
     */
    private static Set<String> memoPageInputs(Site site, RenderContext ctx, Memo memo, InputKeys keys) {
        Set<String> inputs = new HashSet<>();
        inputs.add(keys.memo(memo.slug()));
        site.older(memo).ifPresent(m -> inputs.add(keys.summary(m.slug())));
        site.newer(memo).ifPresent(m -> inputs.add(keys.summary(m.slug())));
        Ledger ledger = site.ledger();
        ledger.answeredIn(memo).forEach(item -> inputs.add(keys.summary(item.memo().slug())));
        ledger.answeredOf(memo).forEach(item -> ledger.answers(item).forEach(m -> inputs.add(keys.summary(m.slug()))));
        site.referencedBy(memo).forEach(m -> inputs.add(keys.summary(m.slug())));
        site.seriesOf(memo).ifPresent(s -> s.parts().forEach(m -> inputs.add(keys.summary(m.slug()))));
        List<String> related = ctx.related().slugsOf(memo);
        related.forEach(slug -> inputs.add(keys.summary(slug)));
        inputs.add(Inputs.relatedList(related));
        return inputs;
    }

    private static Set<String> summaries(List<Memo> memos, InputKeys keys) {
        Set<String> inputs = new HashSet<>();
        memos.forEach(m -> inputs.add(keys.summary(m.slug())));
        return inputs;
    }

    /**
     * Copies a file unless it is a link to somewhere outside the site folder: a site publishes
     * its own files only, so neither {@code build} nor {@code serve} can be made to publish, say,
     * a key from the home folder.
     */
    static void copyInside(SiteLayout layout, OutputPlan plan, String path, Path file) {
        if (layout.holds(file)) {
            plan.copy(path, layout.relative(file), file);
        } else {
            plan.warn(Problem.warning(layout.relative(file), 0, 0, "links to a file outside the site folder; not published",
                    "copy the file into the site folder instead of linking to it", null));
        }
    }

    private static void planStatic(SiteLayout layout, OutputPlan plan) {
        Path dir = layout.staticFiles();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> copyInside(layout, plan,
                    dir.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list static/", e);
        }
    }
}
