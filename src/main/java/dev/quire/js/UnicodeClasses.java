package dev.quire.js;

/**
 * Unicode property escapes ({@code \p{L}}, {@code \p{XID_Start}}, ...) for an engine without ICU.
 * V8 as Javet builds it has no ICU and rejects every {@code \p{...}} of a {@code u} regular
 * expression; highlight.js's bundle holds five such literals, so it would not even parse. Every
 * engine is therefore given the scripts with:
 * <ul>
 * <li>a prelude ({@code quire/js/unicode-regexp.js}) that wraps {@code RegExp}: a {@code u}
 * pattern naming a property is compiled with the property written out as a class of code points,
 * from {@code quire/js/unicode-properties.txt} (taken from GraalJS's own engine), while its
 * {@code source} stays as written, which highlight.js reads back and recompiles;</li>
 * <li>each regular-expression literal holding {@code \p{} rewritten as a call of that
 * {@code RegExp}.</li>
 * </ul>
 * GraalJS runs the same rewritten scripts, and its classes are its own properties, so both engines
 * match the same characters. Hand-written because no library rewrites JavaScript regular
 * expressions for an engine without ICU.
 */
final class UnicodeClasses {
    private static final String TABLE = "quire/js/unicode-properties.txt";
    private static final String PRELUDE = "quire/js/unicode-regexp.js";
    /** Characters after which a '/' starts a regular-expression literal rather than a division. */
    private static final String BEFORE_LITERAL = "=(,:[!&|?{};";

    private UnicodeClasses() {
    }

    /** The prelude, with the table of properties: evaluated before every other script. */
    static String prelude() {
        StringBuilder table = new StringBuilder("var quireUnicodeClasses = {");
        String separator = "";
        for (String line : Script.read(TABLE).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            StringBuilder cls = new StringBuilder();
            for (String range : line.substring(eq + 1).strip().split(" ")) {
                int dash = range.indexOf('-');
                cls.append("\\\\u{").append(dash < 0 ? range : range.substring(0, dash)).append('}');
                if (dash >= 0) {
                    cls.append("-\\\\u{").append(range.substring(dash + 1)).append('}');
                }
            }
            table.append(separator).append('"').append(line, 0, eq).append("\": \"").append(cls).append('"');
            separator = ", ";
        }
        return table.append("};\n").append(Script.read(PRELUDE)).toString();
    }

    /** {@code script} with every regular-expression literal that names a property made a call of {@code RegExp}. */
    static String rewriteLiterals(String script) {
        int at = script.indexOf("\\p{");
        if (at < 0) {
            return script;
        }
        StringBuilder out = new StringBuilder(script.length() + 256);
        int copied = 0;
        while (at >= 0) {
            int[] literal = escaped(script, at) ? null : literalAround(script, at);
            if (literal != null && literal[0] >= copied) {
                String body = script.substring(literal[0] + 1, literal[1]);
                String flags = script.substring(literal[1] + 1, literal[2]);
                out.append(script, copied, literal[0])
                        .append("RegExp(").append(jsString(body)).append(", ").append(jsString(flags)).append(')');
                copied = literal[2];
                at = script.indexOf("\\p{", copied);
            } else {
                at = script.indexOf("\\p{", at + 3);
            }
        }
        return out.append(script, copied, script.length()).toString();
    }

    /** The literal holding {@code at}: its opening '/', its closing '/', the end of its flags; null when it is not in one. */
    private static int[] literalAround(String s, int at) {
        for (int start = at - 1; start > 0; start--) {
            char c = s.charAt(start);
            if (c == '\n') {
                return null;
            }
            if (c != '/' || escaped(s, start) || BEFORE_LITERAL.indexOf(s.charAt(start - 1)) < 0) {
                continue;
            }
            int end = closing(s, start);
            if (end > at) {
                int flagsEnd = end + 1;
                while (flagsEnd < s.length() && Character.isLetter(s.charAt(flagsEnd))) {
                    flagsEnd++;
                }
                return new int[] {start, end, flagsEnd};
            }
        }
        return null;
    }

    /** The closing '/' of the literal opened at {@code start}, or -1: skips escapes and classes. */
    private static int closing(String s, int start) {
        boolean inClass = false;
        for (int i = start + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\n') {
                return -1;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                return i;
            }
        }
        return -1;
    }

    private static boolean escaped(String s, int at) {
        int n = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
