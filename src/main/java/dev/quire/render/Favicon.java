package dev.quire.render;

import dev.quire.config.SiteConfig;
import dev.quire.html.HtmlEscape;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** An SVG favicon drawn from the author's initials, the same mark as the header's avatar. */
public final class Favicon {
    private Favicon() {
    }

    public static byte[] svg(SiteConfig config) {
        String initials = config.initials().isEmpty() ? config.title().substring(0, 1).toUpperCase(Locale.ROOT) : config.initials();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<circle cx=\"32\" cy=\"32\" r=\"32\" fill=\"#8a3b12\"/>"
                + "<text x=\"32\" y=\"41\" text-anchor=\"middle\" font-family=\"Georgia,serif\" font-size=\"26\" fill=\"#fdfcf9\">"
                + HtmlEscape.text(initials) + "</text></svg>\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
