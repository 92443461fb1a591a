package dev.quire.markdown;

import dev.quire.html.HtmlEscape;
import java.util.List;

/**
 * The "Contents" list of a longer memo: its section headings ({@code h2}, and {@code h3} nested
 * under the {@code h2} before it), linked by the ids {@link HeadingIds} gave them.
 *
 * <pre>
 * String nav = TableOfContents.of(body.contents());   // "" for fewer than three headings
 * </pre>
 */
public final class TableOfContents {
    /** A memo needs at least this many headings before a list of them helps. */
    public static final int MIN_HEADINGS = 3;

    private TableOfContents() {
    }

    /** The {@code <nav>} for a body's headings, or "" when it has fewer than {@link #MIN_HEADINGS}. */
    public static String of(List<ContentsEntry> headings) {
        if (headings.size() < MIN_HEADINGS) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav class=\"toc\" aria-label=\"Contents\">\n")
                .append("<p class=\"toc-title\" aria-hidden=\"true\">Contents</p>\n<ol>\n");
        boolean underH2 = false;   // the open top-level item is an h2, so an h3 nests under it
        boolean itemOpen = false;
        boolean subOpen = false;
        for (ContentsEntry h : headings) {
            if (h.level() == 3 && underH2) {
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
                underH2 = h.level() == 2;
            }
            nav.append("<li><a href=\"#").append(HtmlEscape.attribute(h.id())).append("\">").append(h.html()).append("</a>");
        }
        nav.append(subOpen ? "</li>\n</ol>\n</li>\n" : "</li>\n");
        return nav.append("</ol>\n</nav>").toString();
    }
}
