package dev.quire.importer.tex;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MathJax's plain-TeX and extension forms with a KaTeX spelling of the same meaning:
 * {@code \mbox} is {@code \text}, {@code \mathbbm}/{@code \mathds} are {@code \mathbb},
 * {@code \displaylines}, {@code \cases}, {@code \matrix} and {@code \pmatrix} are environments with
 * {@code \\} for {@code \cr}, {@code \require} loads nothing in KaTeX, a bare {@code #} is a hash
 * sign, and rows separated by {@code &} or {@code \\} outside any environment are an
 * {@code aligned} or {@code gathered} block, which is how MathJax lays them out.
 */
final class PlainForms {
    private static final Pattern RENAMES = Pattern.compile("\\\\(mbox|mathbbm|mathds)(?![A-Za-z])");
    private static final Map<String, String> RENAMED = Map.of("mbox", "\\text", "mathbbm", "\\mathbb", "mathds", "\\mathbb");
    private static final Pattern REQUIRE = Pattern.compile("\\\\require\\s*\\{[^}]*}\\s*");
    private static final Pattern GROUP_FORMS = Pattern.compile("\\\\(displaylines|cases|matrix|pmatrix)\\s*\\{");
    private static final Map<String, String> ENVIRONMENT = Map.of("displaylines", "gathered", "cases", "cases",
            "matrix", "matrix", "pmatrix", "pmatrix");
    private static final Pattern CR = Pattern.compile("\\\\cr(?![A-Za-z])");
    private static final Pattern HASH = Pattern.compile("(?<!\\\\)#(?!\\d)");

    private PlainForms() {
    }

    static String rewrite(String tex) {
        String out = RENAMES.matcher(tex).replaceAll(m -> Matcher.quoteReplacement(RENAMED.get(m.group(1))));
        out = REQUIRE.matcher(out).replaceAll("");
        out = groupForms(out);
        out = HASH.matcher(out).replaceAll(Matcher.quoteReplacement("\\#"));
        return rows(out);
    }

    private static String groupForms(String tex) {
        Matcher m = GROUP_FORMS.matcher(tex);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        while (m.find(copied)) {
            int end = TexScan.groupEnd(tex, m.end() - 1);
            if (end < 0) {
                break;
            }
            String env = ENVIRONMENT.get(m.group(1));
            String inner = CR.matcher(tex.substring(m.end(), end - 1)).replaceAll(Matcher.quoteReplacement("\\\\"));
            out.append(tex, copied, m.start()).append("\\begin{").append(env).append('}').append(inner)
                    .append("\\end{").append(env).append('}');
            copied = end;
        }
        return out.append(tex.substring(copied)).toString();
    }

    /** Wraps the formula when {@code &} or {@code \\} stands outside every environment. */
    private static String rows(String tex) {
        boolean ampersand = false;
        boolean breaks = false;
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                if (tex.startsWith("\\begin{", i)) {
                    depth++;
                } else if (tex.startsWith("\\end{", i)) {
                    depth--;
                } else if (depth == 0 && tex.startsWith("\\\\", i)) {
                    breaks = true;
                }
                i = TexScan.commandEnd(tex, i) - 1;
            } else if (c == '&' && depth == 0) {
                ampersand = true;
            }
        }
        if (!ampersand && !breaks) {
            return tex;
        }
        String env = ampersand ? "aligned" : "gathered";
        return "\\begin{" + env + "}\n" + tex.strip() + "\n\\end{" + env + "}";
    }
}
