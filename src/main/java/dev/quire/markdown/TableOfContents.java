package dev.quire.markdown;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The "Contents" list of a longer memo: its section headings ({@code h2}, and {@code h3} nested
 * under the {@code h2} before it), linked by the ids the heading-anchor extension gave them.
 * Built from the rendered body so that the links use exactly the ids on the page.
 *
 * <pre>
 * String nav = TableOfContents.of(Jsoup.parseBodyFragment(html).body());   // "" for fewer than three headings
 * </pre>
 */
public final class TableOfContents {
    /** A memo needs at least this many headings before a list of them helps. */
    public static final int MIN_HEADINGS = 3;

    private TableOfContents() {
    }

    /** The {@code <nav>} for a body, or "" when it has fewer than {@link #MIN_HEADINGS} headings. */
    public static String of(Element body) {
        List<Element> headings = body.select("> h2[id], > h3[id]");
        if (headings.size() < MIN_HEADINGS) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n")
                .append("<p class=\"toc-title\" aria-hidden=\"true\">Contents</p>\n<ol>\n");
        boolean underH2 = false;   // the open top-level item is an h2, so an h3 nests under it
        boolean itemOpen = false;
        boolean subOpen = false;
        for (Element h : headings) {
            if (h.normalName().equals("h3") && underH2) {
                nav.append(subOpen ? "</li>\n" : "\n<ol>\n");
                subOpen = true;
            } else {
                if (subOpen) {
                    nav.append("</li>\n</ol>\n");
                    subOpen = false;
                }
                if (itemOpen) {
                    nav.append("</li>\n");
                }
                itemOpen = true;
                underH2 = h.normalName().equals("h2");
            }
            nav.append("<li><a href=\"#").append(h.id()).append("\">").append(label(h)).append("</a>");
        }
        nav.append(subOpen ? "</li>\n</ol>\n</li>\n" : "</li>\n");
        return nav.append("</ol>\n</nav>").toString();
    }

    /** The heading's content fit to sit inside a link: no links, no note references, no ids. */
    private static String label(Element heading) {
        Element copy = heading.clone();
        copy.select("sup.footnote-ref, .sidenote").remove();
        copy.select("a").unwrap();
        copy.select("[id]").removeAttr("id");
        return copy.html().strip();
    }
}
