package dev.quire.math;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends the few places where KaTeX's output fails the HTML checker, without changing what is seen.
 * Done here, on KaTeX's own output, because KaTeX offers no option for them:
 * <ul>
 * <li>an operator name in a script, {@code \eta_{\max}}, gives {@code <msub><mi>η</mi><mi>max</mi><mo>⁡</mo></msub>}:
 * three children where MathML allows two. Each operator name and its invisible "function
 * application" are grouped in an {@code <mrow>}, which MathML allows anywhere and renders alike;</li>
 * <li>integrals' struts carry a negative {@code height} in their style, which CSS forbids (browsers
 * drop it anyway), so it is dropped here;</li>
 * <li>{@code \tag} writes {@code width} on {@code <mtd>}, which MathML Core does not have;</li>
 * <li>{@code \bmod} writes its word as letters inside an {@code <mo>}, which may hold only text:
 * the letters become the operator's text.</li>
 * </ul>
 */
final class MathmlRepair {
    /** Part of every cache key: change it whenever a repair changes. */
    static final String VERSION = "mathml-repair-2";

    private static final Pattern OPERATOR_NAME = Pattern.compile("(<mi(?: [^>]*)?>[^<]*</mi><mo>\u2061</mo>)");
    private static final Pattern NEGATIVE_HEIGHT = Pattern.compile("height:-[0-9.]+em;?");
    private static final Pattern SPELLED_OPERATOR = Pattern.compile("<mo([^>]*)><mrow>((?:<mi[^>]*>[^<]*</mi>)+)</mrow></mo>");
    private static final Pattern LETTER_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CELL_WIDTH = Pattern.compile("<mtd width=\"[^\"]*\">");

    private MathmlRepair() {
    }

    static String repair(String html) {
        String out = OPERATOR_NAME.matcher(html).replaceAll("<mrow>$1</mrow>");
        out = NEGATIVE_HEIGHT.matcher(out).replaceAll("");
        out = SPELLED_OPERATOR.matcher(out).replaceAll(m ->
                Matcher.quoteReplacement("<mo" + m.group(1) + ">" + LETTER_TAG.matcher(m.group(2)).replaceAll("") + "</mo>"));
        return CELL_WIDTH.matcher(out).replaceAll("<mtd>");
    }
}
