package dev.quire.markdown;

import dev.quire.cite.Bibliography;
import dev.quire.cite.CiteItem;
import dev.quire.diag.DidYouMean;
import dev.quire.diag.SourceText;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Resolves what a body refers to, once the whole body and every memo are known: numbers the
 * labelled figures and fills in {@code @fig:} references, checks that local images exist (and
 * reads their sizes), turns {@code [[slug]]} into links with the memo's title, formats the
 * citations and the reference list, and collects the memos the body links to (for backlinks).
 * Every unresolved reference is an error at its position.
 */
final class BodyReferences {
    private static final Pattern MEMO_PATH = Pattern.compile("^(?:.*/)?memos/([^/]+)/?(?:index\\.html)?$");

    private final BodyContext context;
    private final BodyResources resources;
    private final List<Figure> figures = new ArrayList<>();
    private final List<FigureRef> figureRefs = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<WikiLink> wikiLinks = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    /** What the body links to and the reference list that ends it (empty without citations). */
    record Resolved(List<String> memoLinks, String referencesHtml) {
    }

    private BodyReferences(BodyContext context) {
        this.context = context;
        this.resources = context.resources();
    }

    static Resolved resolve(Node document, BodyContext context) {
        BodyReferences refs = new BodyReferences(context);
        refs.collect(document);
        refs.figures();
        refs.images();
        Set<String> memoLinks = new LinkedHashSet<>();
        refs.wikiLinks(memoLinks);
        refs.markdownLinks(memoLinks);
        return new Resolved(List.copyOf(memoLinks), refs.citations());
    }

    private void collect(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof Figure f) {
                    figures.add(f);
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FigureRef r) {
                    figureRefs.add(r);
                } else if (node instanceof Citation c) {
                    citations.add(c);
                } else if (node instanceof WikiLink w) {
                    wikiLinks.add(w);
                }
                visitChildren(node);
            }

            @Override
            public void visit(Image image) {
                images.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }
        });
    }

    private void figures() {
        Map<String, Figure> byLabel = new HashMap<>();
        int number = 0;
        for (Figure figure : figures) {
            if (figure.label == null) {
                continue;
            }
            if (byLabel.containsKey(figure.label)) {
                context.error(figure.image(), "figure label '" + figure.label + "' is used twice",
                        "give each figure its own label");
                continue;
            }
            figure.number = ++number;
            byLabel.put(figure.label, figure);
        }
        for (FigureRef ref : figureRefs) {
            Figure target = byLabel.get(ref.label);
            if (target != null) {
                ref.number = target.number;
            } else {
                context.error(ref, "no figure labelled '" + ref.label + "' in this memo",
                        DidYouMean.hint(ref.label, new TreeSet<>(byLabel.keySet()),
                                "label a figure by writing {#" + ref.label + "} right after its image: ![caption](plot.svg){#" + ref.label + "}"));
            }
        }
    }

    /** Local images must exist where the page will ask for them; figures get their size. */
    private void images() {
        if (resources.staticDir() == null || context.self() == null) {
            return;
        }
        Map<Image, Figure> figureOf = new HashMap<>();
        figures.forEach(f -> figureOf.put(f.image(), f));
        for (Image image : images) {
            String destination = image.getDestination();
            if (destination.isEmpty() || ImageFiles.isRemote(destination)) {
                continue;
            }
            String page = context.self().path();
            Optional<ImageFiles.Local> local = ImageFiles.locate(destination, page, context.bundleDir(), resources.staticDir());
            if (local.isEmpty() || !Files.isRegularFile(local.get().file())) {
                context.error(image, "image file '" + destination + "' not found", missingImageHint(destination, local));
                continue;
            }
            Figure figure = figureOf.get(image);
            if (figure != null) {
                ImageFiles.size(local.get().file()).ifPresent(size -> {
                    figure.width = size[0];
                    figure.height = size[1];
                });
            }
        }
    }

    private String missingImageHint(String destination, Optional<ImageFiles.Local> local) {
        if (local.isEmpty()) {
            return "the path leaves the site; put the image in static/ and write it from the root, e.g. /images/plot.png";
        }
        String published = local.get().path();
        if (destination.startsWith("/") || context.bundleDir() == null && !published.startsWith(context.self().path())) {
            return "expected at static/" + published;
        }
        if (context.bundleDir() == null) {
            return "a single-file memo's page is " + context.self().path() + "; make the memo a bundle ("
                    + context.self().path() + "index.md with the image beside it), or put the image in static/ and write /"
                    + destination;
        }
        return "expected beside the memo, at " + relative(local.get());
    }

    private String relative(ImageFiles.Local local) {
        String source = context.source().path();
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        return folder + local.path().substring(context.self().path().length());
    }

    private void wikiLinks(Set<String> memoLinks) {
        for (WikiLink link : wikiLinks) {
            Optional<MemoTarget> target = context.memo(link.slug);
            if (target.isEmpty()) {
                List<String> slugs = context.memos().values().stream().map(MemoTarget::slug).sorted().toList();
                errorAt(link, "no memo with the slug '" + link.slug + "'",
                        DidYouMean.hint(link.slug, slugs, "a memo's slug is its file name without the date, or its 'slug:'"));
                continue;
            }
            MemoTarget memo = target.get();
            boolean fromPublished = context.self() == null || !context.self().draft();
            if (memo.draft() && fromPublished) {
                // a warning, not an error: unpublishing a memo must not break every memo that
                // cites it; the link reads as plain text until the draft is published
                link.title = memo.title();
                at(link, (line, column) -> context.warning(line, column,
                        "[[" + link.slug + "]] links to a draft, which this build does not publish: shown as plain text",
                        "publish '" + memo.slug() + "' (remove 'draft: true') or build with --drafts to make it a link"));
                continue;
            }
            link.href = href(memo);
            link.title = memo.title();
            memoLinks.add(memo.slug());
        }
    }

    /** Plain Markdown links to another memo's page count as links between memos too. */
    private void markdownLinks(Set<String> memoLinks) {
        if (context.self() == null) {
            return;
        }
        for (Link link : links) {
            String destination = link.getDestination().replaceFirst("[?#].*$", "");
            if (destination.isEmpty() || ImageFiles.isRemote(destination)) {
                continue;
            }
            String path;
            try {
                path = destination.startsWith("/") ? destination
                        : URI.create(context.self().path()).resolve(destination).normalize().toString();
            } catch (IllegalArgumentException e) {
                continue;
            }
            Matcher m = MEMO_PATH.matcher(path);
            if (m.matches()) {
                context.memo(m.group(1)).filter(t -> !t.draft()).ifPresent(t -> memoLinks.add(t.slug()));
            }
        }
    }

    private static String href(MemoTarget memo) {
        return "../" + memo.path().substring("memos/".length());
    }

    /** Formats every citation; returns the reference list's HTML, or "" without citations. */
    private String citations() {
        if (citations.isEmpty()) {
            return "";
        }
        Optional<Bibliography> bibliography = resources.references();
        List<Citation> formatted = new ArrayList<>();
        List<Bibliography.Request> requests = new ArrayList<>();
        for (Citation citation : citations) {
            if (bibliography.isEmpty()) {
                if (!citation.narrative) {
                    context.error(citation, "citation " + citation.source + " but the site has no references.bib",
                            "put a BibTeX file named references.bib in the site folder, beside quire.yml");
                }
                continue;
            }
            List<CiteItem> items = known(citation, bibliography.get());
            if (items != null) {
                boolean narrative = citation.narrative || items.size() == 1 && items.get(0).suppressAuthor();
                requests.add(new Bibliography.Request(items, narrative));
                formatted.add(citation);
            }
        }
        if (requests.isEmpty()) {
            return "";
        }
        Bibliography.Formatted result = bibliography.get().format(requests);
        for (int i = 0; i < formatted.size(); i++) {
            formatted.get(i).html = result.citations().get(i);
        }
        return "<section class=\"references\" id=\"references\">\n<h2>References</h2>\n" + result.references() + "\n</section>\n";
    }

    /** The citation's items with their keys as in references.bib, or null when one is unknown (reported). */
    private List<CiteItem> known(Citation citation, Bibliography bibliography) {
        List<CiteItem> items = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < citation.items.size(); i++) {
            CiteItem item = citation.items.get(i);
            Optional<String> key = bibliography.key(item.key());
            if (key.isPresent()) {
                items.add(new CiteItem(key.get(), item.prefix(), item.locator(), item.label(), item.suffix(), item.suppressAuthor()));
                continue;
            }
            complete = false;
            Optional<String> close = DidYouMean.closest(item.key(), bibliography.keys());
            if (citation.narrative && close.isEmpty()) {
                continue; // "@name" that is close to no key is a handle, not a citation
            }
            errorAt(citation, i, "unknown citation key '" + item.key() + "'",
                    close.map(c -> "did you mean '" + c + "'?").orElse("references.bib has no entry with this key"));
        }
        return complete ? items : null;
    }

    private void errorAt(WikiLink link, String message, String hint) {
        at(link, (line, column) -> context.error(line, column, message, hint));
    }

    /** At a wikilink's first bracket (0-based body line and column): its node spans the inner pair only. */
    private static void at(WikiLink link, java.util.function.BiConsumer<Integer, Integer> report) {
        if (link.getSourceSpans().isEmpty()) {
            report.accept(0, 0);
            return;
        }
        SourceSpan at = link.getSourceSpans().get(0);
        report.accept(at.getLineIndex(), Math.max(0, at.getColumnIndex() - 1));
    }

    private void errorAt(Citation citation, int item, String message, String hint) {
        if (citation.getSourceSpans().isEmpty()) {
            context.error(citation, message, hint);
            return;
        }
        SourceSpan at = citation.getSourceSpans().get(0);
        int offset = citation.offsets == null || item >= citation.offsets.length ? 0 : citation.offsets[item];
        SourceText.Position inCitation = SourceText.position(citation.source, offset);
        if (inCitation.line() == 1) {
            context.error(at.getLineIndex(), at.getColumnIndex() + offset, message, hint);
        } else {
            context.error(at.getLineIndex() + inCitation.line() - 1, inCitation.column() - 1, message, hint);
        }
    }
}
