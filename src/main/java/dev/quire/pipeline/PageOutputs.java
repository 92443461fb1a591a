package dev.quire.pipeline;

import dev.quire.cite.PublicationList;
import dev.quire.content.Memo;
import dev.quire.content.Page;
import dev.quire.content.Series;
import dev.quire.content.Site;
import dev.quire.diag.Problem;
import dev.quire.frontmatter.Revisions.Alias;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import dev.quire.render.PageRenderer;
import dev.quire.source.SiteLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plans the pages beyond memos: each page of {@code pages/}, the publications page, a page per
 * series, and a redirect page for each old address ({@code aliases:}). Pages are planned after
 * Quire's own, and redirects after everything else, so that one taking an address already
 * planned is refused at the place in its own file that gave the address, with what holds it.
 */
final class PageOutputs {
    /** Folders Quire writes into that have no page of their own at their root. */
    private static final Set<String> RESERVED = Set.of("memos", "assets", "_quire");

    private PageOutputs() {
    }

    static void planPages(OutputPlan plan, Site site, PageRenderer pages, SiteLayout layout) {
        PublicationList publications = site.publications();
        for (Page page : site.pages()) {
            if (publications != null && page.slug().equals(publications.slug())) {
                continue; // its title and text head the publications page
            }
            String path = page.path() + "index.html";
            if (RESERVED.contains(page.slug())) {
                plan.refuse(page.slugPlace().error("the page " + page.source().relativePath() + " would write /" + page.path()
                        + ", a folder of Quire's own", "rename the file, or give the page another address with 'slug:'"));
            } else if (plan.has(path)) {
                plan.refuse(page.slugPlace().error("the page " + page.source().relativePath() + " would write /" + page.path()
                        + ", which is " + describe(plan.get(path)), "rename the file, or give the page another address with 'slug:'"));
            } else {
                plan.page(path, page.source().relativePath(), Set.of(Inputs.page(page.slug())), () -> pages.page(page));
                copyBundle(plan, page, layout);
            }
        }
        if (publications != null) {
            Page text = site.pages().stream().filter(p -> p.slug().equals(publications.slug())).findFirst().orElse(null);
            String path = publications.path() + "index.html";
            if (plan.has(path) || RESERVED.contains(publications.slug())) {
                plan.refuse(Problem.error("quire.yml", 0, 0,
                        "the publications page would write /" + publications.path() + ", which is "
                                + (plan.has(path) ? describe(plan.get(path)) : "a folder of Quire's own"),
                        "give it another address in quire.yml: 'publications: {slug: papers}'", null));
            } else {
                plan.page(path, text != null ? text.source().relativePath() : "publications page",
                        Set.of(Inputs.page(publications.slug())), () -> pages.publications(publications, text));
            }
        }
        for (Series series : site.series()) {
            plan.page(series.path() + "index.html", "series '" + series.name() + "'", summaries(series.parts()),
                    () -> pages.series(series));
        }
    }

    /** A page's own images and files ({@code pages/talks/index.md} and what is beside it), published beside it. */
    private static void copyBundle(OutputPlan plan, Page page, SiteLayout layout) {
        if (page.source().isBundle()) {
            for (java.nio.file.Path file : page.source().bundleFiles()) {
                String rel = page.source().bundleDir().relativize(file).toString().replace('\\', '/');
                OutputPlanner.copyInside(layout, plan, page.path() + rel, file);
            }
        }
    }

    /** Called last, after the sitemap: redirects are not pages a search engine should list. */
    static void planAliases(OutputPlan plan, Site site, PageRenderer pages) {
        for (Memo memo : site.memos()) {
            for (Alias alias : memo.revisions().aliases()) {
                redirect(plan, alias, memo.source().relativePath(), memo.path(), memo.title(), Set.of(Inputs.summary(memo.slug())),
                        pages);
            }
        }
        for (Page page : site.pages()) {
            for (Alias alias : page.revisions().aliases()) {
                redirect(plan, alias, page.source().relativePath(), page.path(), page.title(), Set.of(Inputs.page(page.slug())),
                        pages);
            }
        }
    }

    private static void redirect(OutputPlan plan, Alias alias, String owner, String target, String title, Set<String> inputs,
                                 PageRenderer pages) {
        if (plan.has(alias.file())) {
            plan.refuse(alias.place().error("the alias '" + alias.written() + "' is already taken by " + describe(plan.get(alias.file())),
                    "an alias is an old address that no page has now: remove it from 'aliases:'"));
            return;
        }
        plan.page(alias.file(), "alias of " + owner, inputs, () -> pages.redirect(target, title));
    }

    /** What an entry of the plan is, for a message: "the archive page", "the page of memos/a.md". */
    private static String describe(OutputPlan.Entry entry) {
        String origin = entry.origin();
        if (origin.startsWith("alias of ")) {
            return "an " + origin;
        }
        if (origin.startsWith("static/")) {
            return origin;
        }
        return origin.endsWith(".md") ? "the page of " + origin : "the " + origin;
    }

    private static Set<String> summaries(List<Memo> memos) {
        Set<String> inputs = new HashSet<>();
        memos.forEach(m -> inputs.add(Inputs.summary(m.slug())));
        return inputs;
    }
}
