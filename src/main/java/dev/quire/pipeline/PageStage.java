package dev.quire.pipeline;

import dev.quire.cite.PublicationList;
import dev.quire.cite.Publications;
import dev.quire.config.SiteConfig;
import dev.quire.content.Page;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.diag.SourceText;
import dev.quire.frontmatter.FrontMatterSplitter;
import dev.quire.frontmatter.PageFrontMatter;
import dev.quire.frontmatter.Split;
import dev.quire.markdown.MemoBody;
import dev.quire.markdown.MemoTarget;
import dev.quire.markdown.TableOfContents;
import dev.quire.source.MemoSource;
import dev.quire.source.SiteLayout;
import dev.quire.source.SourceWalker;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The page stage: {@code pages/*.md} read and rendered by the memo stage's own parts (the same
 * Markdown, the same body cache), once every memo's slug is known so that a page may link to
 * memos; and the publications page's list from {@code references.bib}. Pages are few, so they
 * are read one after the other, in path order.
 */
final class PageStage {
    /** What the stage gives the site model: the published pages by address, and the publications list or null. */
    record Pages(List<Page> pages, PublicationList publications) {
        static final Pages NONE = new Pages(List.of(), null);
    }

    private PageStage() {
    }

    static Pages run(MemoReader reader, SiteLayout layout, SiteConfig config, Map<String, MemoTarget> memos, boolean drafts,
                     Problems problems) {
        Map<String, Page> bySlug = new LinkedHashMap<>();
        for (MemoSource source : SourceWalker.pages(layout)) {
            read(reader, source, memos, problems).ifPresent(page -> {
                Page first = bySlug.get(page.slug());
                if (first != null) {
                    problems.add(page.slugPlace().error("the page " + page.source().relativePath() + " has the address /"
                                    + page.path() + ", as " + first.source().relativePath() + " has",
                            "rename one of the files, or give one another 'slug:'"));
                } else if (drafts || !page.draft()) {
                    bySlug.put(page.slug(), page);
                }
            });
        }
        List<Page> pages = bySlug.values().stream().sorted(java.util.Comparator.comparing(Page::slug)).toList();
        return new Pages(pages, publications(reader, layout, config, bySlug, problems));
    }

    /** The publications list when the settings ask for it; a page at its address gives its title and text. */
    private static PublicationList publications(MemoReader reader, SiteLayout layout, SiteConfig config,
                                                Map<String, Page> pages, Problems problems) {
        if (config.publications() == null) {
            return null;
        }
        if (!Files.isRegularFile(layout.references())) {
            problems.add(Problem.warning("quire.yml", 0, 0, "'publications' is set, but the site has no references.bib",
                    "the publications page lists the works of references.bib marked as yours; it is empty without one", null));
        }
        PublicationList list = Publications.list(reader.resources().references().orElse(null), config.publications(), layout.staticFiles(),
                problems);
        Page page = pages.get(list.slug());
        return page == null ? list : new PublicationList(list.slug(), page.title(), "", list.years());
    }

    private static Optional<Page> read(MemoReader reader, MemoSource source, Map<String, MemoTarget> memos, Problems problems) {
        String text;
        try {
            Optional<String> decoded = TextFiles.decode(source.relativePath(), Files.readAllBytes(source.file()), problems);
            if (decoded.isEmpty()) {
                return Optional.empty();
            }
            text = decoded.get();
        } catch (IOException e) {
            problems.error(source.relativePath(), "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
        SourceText sourceText = new SourceText(source.relativePath(), text);
        if (!text.startsWith("---")) {
            problems.error(sourceText, 1, 1, "no front matter: a page must start with a '---' line",
                    "begin the file with ---, then a line such as 'title: About', then --- again");
            return Optional.empty();
        }
        Optional<Split> split = FrontMatterSplitter.split(sourceText, problems);
        Optional<PageFrontMatter> fm = split.flatMap(s -> PageFrontMatter.read(sourceText, s, problems));
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        PageFrontMatter front = fm.get();
        String slug = front.slug() != null ? front.slug() : source.nameSlug();
        MemoTarget self = new MemoTarget(slug, front.title(), slug + "/", false);
        MemoBody body = reader.pageBody(source, sourceText, split.get().body(), split.get().bodyFirstLine(), self, memos, problems);
        String contents = front.toc() ? TableOfContents.of(body.contents()) : "";
        return Optional.of(new Page(source, slug, front.slugPlace(), front.title(), front.description(), front.draft(), body,
                contents, reader.revised(front.revisions(), source, null)));
    }

    /** Whether a change to {@code pages} may change the menu or which pages exist: then every page is rendered again. */
    static boolean sameOutline(Pages before, Pages after) {
        return outline(before).equals(outline(after));
    }

    private static List<String> outline(Pages pages) {
        List<String> out = new ArrayList<>();
        pages.pages().forEach(p -> out.add(p.slug() + "\t" + p.title() + "\t" + p.revisions().aliases()));
        if (pages.publications() != null) {
            out.add(pages.publications().slug() + "\t" + pages.publications().title());
        }
        return out;
    }

    /** The addresses of the pages whose content differs between two runs. */
    static Set<String> changed(Pages before, Pages after) {
        Set<String> changed = new java.util.HashSet<>();
        Map<String, Page> old = new LinkedHashMap<>();
        before.pages().forEach(p -> old.put(p.slug(), p));
        for (Page page : after.pages()) {
            if (!page.equals(old.get(page.slug()))) {
                changed.add(page.slug());
            }
        }
        if (after.publications() != null && !after.publications().equals(before.publications())) {
            changed.add(after.publications().slug());
        }
        return changed;
    }
}
