package dev.quire.build;

import dev.quire.content.Memo;
import dev.quire.content.Site;
import dev.quire.content.Term;
import dev.quire.output.OutputPlan;
import dev.quire.render.Ctx;
import dev.quire.render.PageMeta;
import dev.quire.render.PageRenderer;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Plans every file of the site (PRODUCT.md §3): pages from the model, the theme's assets, each
 * bundle's files beside its memo, and {@code static/} as is. Nothing is rendered here; each entry
 * renders when it is written.
 */
final class Pages {
    private Pages() {
    }

    static OutputPlan plan(Site site, Ctx ctx, PageRenderer pages, SiteLayout layout) {
        OutputPlan plan = new OutputPlan();
        String title = site.config().title();
        plan.page("index.html", "home page", pages::home);
        for (Memo memo : site.memos()) {
            // a memo's page depends on the memo, its neighbours (previous/next), and the memos
            // whose 'answers:' name one of its open questions or that its own 'answers:' name
            plan.page(memo.path() + "index.html", memo.source().relativePath(), () -> pages.memo(memo));
            if (memo.source().isBundle()) {
                for (Path file : memo.source().bundleFiles()) {
                    String rel = memo.source().bundleDir().relativize(file).toString().replace('\\', '/');
                    plan.copy(memo.path() + rel, layout.relative(file), file);
                }
            }
        }
        plan.page("archive/index.html", "archive page", () -> pages.list(
                new PageMeta("archive/", "Archive · " + title, "Every memo, newest first.", "list"),
                title, site.config().sections().archive().title(), site.config().sections().archive().intro(), site.memos()));
        plan.page("topic-log/index.html", "topic log page", pages::topicLog);
        // the ledger depends on every memo: any memo's open questions or 'answers:' may change it
        plan.page("open-questions/index.html", "open questions page", pages::openQuestions);
        plan.page("categories/index.html", "categories page", () -> pages.terms(
                new PageMeta("categories/", "Categories · " + title, "Memos by category.", "list"), "Categories",
                site.categories()));
        plan.page("tags/index.html", "themes page", () -> pages.terms(
                new PageMeta("tags/", "Themes · " + title, "Memos by theme.", "list"), "Themes", site.tags()));
        for (Term category : site.categories()) {
            plan.page(category.path() + "index.html", "category '" + category.name() + "'", () -> pages.list(
                    new PageMeta(category.path(), category.name() + " · " + title, "Memos in " + category.name() + ".", "list"),
                    "Category", category.name(), "", category.memos()));
        }
        for (Term tag : site.tags()) {
            plan.page(tag.path() + "index.html", "tag '" + tag.name() + "'", () -> pages.list(
                    new PageMeta(tag.path(), tag.name() + " · " + title, "Memos on " + tag.name() + ".", "list"),
                    "Theme", tag.name(), "", tag.memos()));
        }
        plan.page("404.html", "404 page", pages::notFound);
        plan.page("favicon.svg", "favicon", () -> Favicon.svg(site.config()));
        FeedOutputs.planFeeds(plan, site);
        SearchOutputs.plan(plan, site, ctx, pages);
        ThemeAssets.plan(plan);
        planStatic(layout, plan);
        FeedOutputs.planSitemap(plan, site);
        return plan;
    }

    private static void planStatic(SiteLayout layout, OutputPlan plan) {
        Path dir = layout.staticFiles();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> plan.copy(
                    dir.relativize(file).toString().replace('\\', '/'), layout.relative(file), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list static/", e);
        }
    }
}
