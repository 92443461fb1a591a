package dev.quire.markdown.reference;

import dev.quire.markdown.BodyContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Resolves what a body refers to, once the whole body and every memo are known: numbers the
 * labelled figures and fills in {@code @fig:} references, checks that local images exist (and
 * reads their sizes), turns {@code [[slug]]} into links with the memo's title, formats the
 * citations and the reference list, and collects the memos the body links to (for backlinks).
 * Every unresolved reference is an error at its position.
 */
public final class BodyReferences {
    private final List<Figure> figures = new ArrayList<>();
    private final List<FigureRef> figureRefs = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<WikiLink> wikiLinks = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    /** What the body links to and the reference list that ends it (empty without citations). */
    public record Resolved(List<String> memoLinks, String referencesHtml) {
    }

    private BodyReferences() {
    }

    /** Figures are numbered before images are checked, and links before citations: problems are reported in that order. */
    public static Resolved resolve(Node document, BodyContext context) {
        BodyReferences refs = new BodyReferences();
        refs.collect(document);
        FigureNumbers.assign(refs.figures, refs.figureRefs, context);
        new LocalImages(context).check(refs.images, refs.figures);
        Set<String> memoLinks = new LinkedHashSet<>();
        MemoLinks links = new MemoLinks(context);
        links.wikiLinks(refs.wikiLinks, memoLinks);
        links.markdownLinks(refs.links, memoLinks);
        return new Resolved(List.copyOf(memoLinks), new BodyCitations(context).format(refs.citations));
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
}
