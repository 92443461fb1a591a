package dev.quire.config;

import dev.quire.js.JsEngineKind;
import java.util.List;
import java.util.Map;

/**
 * The site settings from {@code quire.yml}, validated and with defaults filled in. Immutable and
 * shared by every stage.
 *
 * @param baseUrl the public address with a trailing slash, or "/" when none was given
 * @param home which home sections show, in what order, and how much each shows
 * @param citationStyle the CSL style citations are formatted with, by name (e.g. "apa", "ieee")
 * @param menu the header's links in order ({@code menu:}); empty for the default menu
 * @param publications the publications page's settings, or null when the site has none
 * @param updatedFromGit whether a memo or page without {@code updated:} takes its last commit's date
 * @param jsEngine which JavaScript engine renders math and code ({@code js_engine:}, default {@code auto})
 * @param theme what a site adds to the default theme without replacing templates
 */
public record SiteConfig(
        String title,
        String author,
        String role,
        String tagline,
        String intro,
        String baseUrl,
        String language,
        List<String> focus,
        List<Principle> format,
        List<String> formatTagline,
        int latest,
        Sections sections,
        HomeSettings home,
        MathSettings math,
        String citationStyle,
        // pages, menu, publications and revisions
        List<MenuEntry> menu,
        PublicationSettings publications,
        boolean updatedFromGit,
        JsEngineKind jsEngine,
        ThemeSettings theme) {

    /** One writing principle of the Format section. */
    public record Principle(String title, String text) {
    }

    /** A home section's heading and one-line introduction. */
    public record SectionText(String title, String intro) {
    }

    /** The headings of the five home sections, in the order the home page shows them. */
    public record Sections(SectionText format, SectionText focus, SectionText latest,
                           SectionText archive, SectionText topicLog) {
    }

    /**
     * How formulas are rendered.
     *
     * @param macros TeX macros for every formula, by name: {@code \R} → {@code \mathbb{R}}
     */
    public record MathSettings(Map<String, String> macros) {
        public static final MathSettings DEFAULT = new MathSettings(Map.of());
    }

    /**
     * What a site adds to the default theme from its settings.
     *
     * @param stylesheets site paths of stylesheets linked after the theme's, in order ("assets/extra.css")
     * @param head HTML added to every page's {@code <head>} as written (an analytics tag, a font link)
     * @param avatar the site path of an image shown in place of the initials, or ""
     * @param links profiles the author is known by elsewhere (ORCID, Scholar, GitHub), in order
     */
    public record ThemeSettings(List<String> stylesheets, String head, String avatar, List<Link> links) {
        public static final ThemeSettings DEFAULT = new ThemeSettings(List.of(), "", "", List.of());
    }

    /** A link to the author's profile elsewhere: its label and absolute address. */
    public record Link(String label, String url) {
    }

    /** The author's initials for the avatar: "Ada Example" gives "AE". */
    public String initials() {
        StringBuilder out = new StringBuilder();
        for (String word : author.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && out.length() < 2) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return out.toString();
    }
}
