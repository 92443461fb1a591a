package dev.quire.importer.tex;

import java.util.Map;
import java.util.Set;

/**
 * Braces a command written bare after {@code ^} or {@code _}: {@code x^\vec{a}} becomes
 * {@code x^{\vec{a}}}, {@code e^\sqrt{x}} becomes {@code e^{\sqrt{x}}}, {@code x^\max} becomes
 * {@code x^{\max}}. MathJax takes the command with its arguments as the script; KaTeX refuses
 * ("Got function '\vec' with no arguments as superscript"). The meaning is the one MathJax shows,
 * so the rewrite is safe. Commands that are plain symbols ({@code x^\prime}, {@code e^\alpha})
 * are valid in both and left as written.
 */
final class ScriptArguments {
    /** Commands KaTeX treats as functions, by how many arguments they take. */
    private static final Map<String, Integer> ARITY = Map.ofEntries(
            Map.entry("vec", 1), Map.entry("hat", 1), Map.entry("bar", 1), Map.entry("tilde", 1), Map.entry("dot", 1),
            Map.entry("ddot", 1), Map.entry("check", 1), Map.entry("breve", 1), Map.entry("acute", 1), Map.entry("grave", 1),
            Map.entry("widehat", 1), Map.entry("widetilde", 1), Map.entry("overline", 1), Map.entry("underline", 1),
            Map.entry("overrightarrow", 1), Map.entry("mathbf", 1), Map.entry("mathrm", 1), Map.entry("mathcal", 1),
            Map.entry("mathbb", 1), Map.entry("mathit", 1), Map.entry("mathsf", 1), Map.entry("mathtt", 1),
            Map.entry("mathfrak", 1), Map.entry("mathscr", 1), Map.entry("boldsymbol", 1), Map.entry("bm", 1),
            Map.entry("text", 1), Map.entry("textrm", 1), Map.entry("textbf", 1), Map.entry("textit", 1),
            Map.entry("operatorname", 1), Map.entry("sqrt", 1), Map.entry("frac", 2), Map.entry("dfrac", 2),
            Map.entry("tfrac", 2), Map.entry("binom", 2), Map.entry("overset", 2), Map.entry("underset", 2),
            Map.entry("stackrel", 2));
    /** Operators without arguments that KaTeX still refuses as a bare script. */
    private static final Set<String> OPERATORS = Set.of("max", "min", "sup", "inf", "lim", "liminf", "limsup", "log",
            "ln", "exp", "sin", "cos", "tan", "det", "dim", "ker", "arg", "deg", "gcd", "Pr", "sum", "prod", "int",
            "argmax", "argmin", "sinh", "cosh", "tanh", "lg", "hom");

    private ScriptArguments() {
    }

    static String brace(String tex) {
        StringBuilder out = new StringBuilder(tex.length() + 8);
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int end = TexScan.commandEnd(tex, i);
                out.append(tex, i, end);
                i = end;
                continue;
            }
            out.append(c);
            i++;
            if (c != '^' && c != '_') {
                continue;
            }
            int start = TexScan.skipSpaces(tex, i);
            if (start >= tex.length() || tex.charAt(start) != '\\') {
                continue;
            }
            int nameEnd = TexScan.commandEnd(tex, start);
            String name = tex.substring(start + 1, nameEnd);
            Integer arity = ARITY.get(name);
            if (arity == null && !OPERATORS.contains(name)) {
                continue;
            }
            int end = nameEnd;
            if ("sqrt".equals(name) && TexScan.skipSpaces(tex, end) < tex.length() && tex.charAt(TexScan.skipSpaces(tex, end)) == '[') {
                int close = tex.indexOf(']', end);
                end = close < 0 ? end : close + 1;
            }
            for (int a = 0; arity != null && a < arity; a++) {
                int next = TexScan.argumentEnd(tex, end);
                if (next < 0) {
                    break;
                }
                end = next;
            }
            out.append('{').append(tex, start, end).append('}');
            i = end;
        }
        return out.toString();
    }
}
