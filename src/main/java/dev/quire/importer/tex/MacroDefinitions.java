package dev.quire.importer.tex;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes macro definitions out of a formula. MathJax keeps a {@code \newcommand} for the rest of
 * the page, and blogs rely on that with a block of definitions at the top of a post; KaTeX
 * renders each formula alone, so the definitions move to the site's {@code math: macros:}.
 *
 * <p>Forms read: {@code \newcommand}, {@code \renewcommand}, {@code \providecommand} (braced or
 * bare name, optional {@code [n]}), {@code \def\name#1#2{...}} and {@code \DeclareMathOperator}
 * (starred too). A definition with a default for its first argument has no KaTeX macro form and
 * stays, reported.
 */
final class MacroDefinitions {
    private static final Pattern START = Pattern.compile(
            "\\\\(?:(?:new|renew|provide)command\\*?|DeclareMathOperator(\\*?)|def)\\s*(?:\\{\\s*(\\\\[A-Za-z]+|\\\\.)\\s*}|(\\\\[A-Za-z]+|\\\\.))");
    private static final Pattern ARITY = Pattern.compile("\\s*\\[(\\d)]");
    private static final Pattern DEF_PARAMS = Pattern.compile("(?:#\\d)*");

    /** The formula without its definitions, the macros and what could not be taken out. */
    record Extracted(String tex, List<Macro> macros, List<TexIssue> issues) {
    }

    private MacroDefinitions() {
    }

    static Extracted extract(String tex) {
        List<Macro> macros = new ArrayList<>();
        List<TexIssue> issues = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        Matcher m = START.matcher(tex);
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            String name = m.group(2) != null ? m.group(2) : m.group(3);
            boolean operator = m.group(0).startsWith("\\DeclareMathOperator");
            int i = m.end();
            if (m.group(0).startsWith("\\def")) {
                Matcher params = DEF_PARAMS.matcher(tex).region(i, tex.length());
                i = params.lookingAt() ? params.end() : i;
            } else if (!operator) {
                Matcher arity = ARITY.matcher(tex).region(i, tex.length());
                if (arity.lookingAt()) {
                    i = arity.end();
                    if (TexScan.skipSpaces(tex, i) < tex.length() && tex.charAt(TexScan.skipSpaces(tex, i)) == '[') {
                        issues.add(new TexIssue(m.start(), "the macro " + name + " has a default for its first argument, which KaTeX macros cannot have",
                                "define it without the default, or write the argument at every use"));
                        from = m.end();
                        continue;
                    }
                }
            }
            int open = TexScan.skipSpaces(tex, i);
            String body = TexScan.groupText(tex, open);
            if (body == null) {
                from = m.end();
                continue;
            }
            if (operator) {
                body = "\\operatorname" + m.group(1) + "{" + body + "}";
            }
            macros.add(new Macro(name, body.strip(), m.start()));
            out.append(tex, copied, m.start());
            copied = TexScan.groupEnd(tex, open);
            from = copied;
        }
        out.append(tex.substring(copied));
        return new Extracted(out.toString(), macros, issues);
    }
}
