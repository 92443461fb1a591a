package dev.quire.markdown;

import dev.quire.markdown.callout.Callout;
import dev.quire.markdown.callout.CalloutTitle;
import dev.quire.markdown.math.DisplayMath;
import dev.quire.markdown.math.EquationRef;
import dev.quire.markdown.math.InlineMath;
import dev.quire.markdown.reference.Citation;
import dev.quire.markdown.reference.Figure;
import dev.quire.markdown.reference.FigureRef;
import dev.quire.markdown.reference.WikiLink;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * A memo body as the plain text a search matches and quotes, read from its syntax tree in the
 * order the page shows it (text, then the notes, then the reference list): math left out (TeX
 * or MathML are not words a reader would type), and the notes' marks, back-links and margin
 * copies too. Each block is set off by a space and runs of whitespace are one space, as a
 * browser shows the page; text inside a line (emphasis, links, code) runs on.
 */
final class BodyText extends AbstractVisitor {
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)[^>]*>");

    private final StringBuilder out = new StringBuilder();

    /**
     * @param referencesHtml the reference list that ends the body, "" without citations
     */
    static String of(Node document, Footnotes footnotes, String referencesHtml) {
        BodyText text = new BodyText();
        document.accept(text);
        if (!footnotes.notes().isEmpty()) {
            text.block("Notes");
            footnotes.notes().forEach(note -> text.block(note.definition));
        }
        if (!referencesHtml.isEmpty()) {
            text.html(referencesHtml);
        }
        return text.toString();
    }

    /** The text of the body's first paragraph (the lead, where a memo usually states its matter), or "". */
    static String lead(Node document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                BodyText text = new BodyText();
                text.visitChildren(child);
                return text.toString();
            }
        }
        return "";
    }

    @Override
    protected void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visitNode(child);
        }
    }

    private void visitNode(Node node) {
        if (node instanceof FootnoteDefinition || node instanceof LinkReferenceDefinition || node instanceof Image
                || node instanceof InlineMath || node instanceof DisplayMath) {
            return; // written elsewhere, not written, an image's description (its alt), or math
        }
        if (node instanceof Text t) {
            append(t.getLiteral());
        } else if (node instanceof Code c) {
            append(c.getLiteral());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            space();
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            block(node instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) node).getLiteral());
        } else if (node instanceof HtmlBlock h) {
            // raw HTML the writer put in the memo: its text, as a browser shows it
            block(Jsoup.parseBodyFragment(h.getLiteral()).body().text());
        } else if (node instanceof TableHead || node instanceof TableBody || node instanceof TableRow || node instanceof TableCell) {
            block(node); // table parts are custom inline nodes to commonmark, blocks on the page
        } else if (node instanceof FootnoteReference || node instanceof CustomNode) {
            inline(node);
        } else if (node instanceof Figure figure) {
            figure(figure);
        } else if (node instanceof CalloutTitle title && title.getFirstChild() == null) {
            block(((Callout) title.getParent()).defaultTitle());
        } else if (isBlock(node)) {
            space();
            visitChildren(node);
            space();
        } else {
            visitChildren(node);
        }
    }

    /** Blocks as the page writes them: a paragraph of a tight list is written without its {@code <p>}. */
    private static boolean isBlock(Node node) {
        if (node instanceof Paragraph) {
            return !(node.getParent() != null && node.getParent().getParent() instanceof ListBlock list && list.isTight());
        }
        return node instanceof Block || node instanceof Strikethrough; // <del> is a block to browsers' text too
    }

    private void inline(Node node) {
        if (node instanceof FootnoteReference) {
            return; // its number and margin copy are marks, not text
        } else if (node instanceof WikiLink link) {
            append(link.shown());
        } else if (node instanceof FigureRef ref) {
            append(ref.shown());
        } else if (node instanceof EquationRef ref) {
            append(ref.number() == 0 ? "@" + ref.label() : "Equation " + ref.number());
        } else if (node instanceof Citation citation) {
            if (citation.html() == null) {
                append(citation.source());
            } else {
                html(citation.html());
            }
        } else if (node instanceof Strikethrough) {
            space();
            visitChildren(node);
            space();
        } else {
            visitChildren(node);
        }
    }

    private void figure(Figure figure) {
        space();
        Image image = figure.image();
        boolean hasAlt = image.getFirstChild() != null;
        String title = image.getTitle() == null ? "" : image.getTitle();
        if (figure.number() > 0) {
            append("Figure " + figure.number() + (hasAlt || !title.isEmpty() ? ": " : ""));
        }
        if (hasAlt) {
            visitChildren(image);
        } else {
            append(title);
        }
        space();
    }

    private void block(String text) {
        space();
        append(text);
        space();
    }

    private void block(Node node) {
        space();
        visitChildren(node);
        space();
    }

    /**
     * The text of HTML the citation formatter wrote: its tags dropped (a {@code div}, one entry
     * of the reference list, set off as a block) and its entities read.
     */
    private void html(String html) {
        StringBuilder text = new StringBuilder();
        var m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            text.append(html, last, m.start());
            if (!m.group(2).equalsIgnoreCase("a") && !m.group(2).equalsIgnoreCase("span") && !m.group(2).equalsIgnoreCase("i")
                    && !m.group(2).equalsIgnoreCase("b") && !m.group(2).equalsIgnoreCase("sup") && !m.group(2).equalsIgnoreCase("sub")) {
                text.append(' ');
            }
            last = m.end();
        }
        text.append(html, last, html.length());
        append(StringEscapeUtils.unescapeHtml4(text.toString()));
    }

    /** Appends text with each run of whitespace as one space, as a browser shows it. */
    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space();
            } else {
                out.append(c);
            }
        }
    }

    private void space() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    @Override
    public String toString() {
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }
}
