package dev.quire.pipeline;

import dev.quire.content.Memo;
import dev.quire.content.Page;
import dev.quire.content.Site;
import dev.quire.js.Script;
import dev.quire.math.MathRenderer;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import dev.quire.render.PageAssets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pages with math or code need beside the theme: KaTeX's stylesheet and fonts (from its
 * WebJar, served by the site itself), shipped only when some memo has math, and the copy
 * button's script; {@code render.PageAssets} links them from the pages that show math or code.
 */
final class MathAndCodeAssets {
    private static final String KATEX_CSS = PageAssets.KATEX_CSS;
    private static final String COPY_SCRIPT = PageAssets.COPY_SCRIPT;

    /** Each font's fallbacks after its woff2 source: every browser that renders MathML reads woff2. */
    private static final Pattern OLD_FORMATS = Pattern.compile(",url\\(fonts/[^)]+\\.(?:woff|ttf)\\) format\\(\"(?:woff|truetype)\"\\)");
    private static final Pattern WOFF2 = Pattern.compile("url\\(fonts/([^)]+\\.woff2)\\)");

    private MathAndCodeAssets() {
    }

    static void plan(Site site, OutputPlan plan) {
        // a page (pages/about.md) may have math on a site whose memos have none
        if (site.memos().stream().anyMatch(Memo::hasMath) || site.pages().stream().anyMatch(Page::hasMath)) {
            String css = katexStylesheet();
            plan.builtIn(KATEX_CSS, "KaTeX stylesheet", Inputs.SITE_ONLY, () -> css.getBytes(StandardCharsets.UTF_8));
            for (String font : fonts(css)) {
                plan.builtIn("assets/katex/fonts/" + font, "KaTeX font " + font, Inputs.SITE_ONLY,
                        () -> ThemeAssets.loadResource(MathRenderer.KATEX_DIST + "fonts/" + font));
            }
        }
        // always: besides code blocks, every memo page's "Cite this memo" entry is a code block
        plan.builtIn(COPY_SCRIPT, "theme " + COPY_SCRIPT, Inputs.SITE_ONLY, () -> ThemeAssets.load(COPY_SCRIPT));
    }

    /** KaTeX's stylesheet referring to woff2 fonts only, so only those are shipped. */
    static String katexStylesheet() {
        String css = OLD_FORMATS.matcher(Script.read(MathRenderer.KATEX_DIST + "katex.min.css")).replaceAll("");
        if (css.contains(".woff)") || css.contains(".ttf)")) {
            throw new IllegalStateException("KaTeX's stylesheet names fonts in a form not rewritten to woff2 only");
        }
        return css;
    }

    static List<String> fonts(String css) {
        List<String> fonts = new ArrayList<>();
        Matcher m = WOFF2.matcher(css);
        while (m.find()) {
            if (!fonts.contains(m.group(1))) {
                fonts.add(m.group(1));
            }
        }
        return fonts;
    }
}
