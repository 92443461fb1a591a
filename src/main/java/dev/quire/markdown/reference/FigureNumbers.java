package dev.quire.markdown.reference;

import dev.quire.diag.DidYouMean;
import dev.quire.markdown.BodyContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Numbers the labelled figures in order of appearance and gives each {@code @fig:} reference its
 * figure's number; a label used twice, or a reference to no figure, is an error at its place.
 */
final class FigureNumbers {
    private FigureNumbers() {
    }

    static void assign(List<Figure> figures, List<FigureRef> figureRefs, BodyContext context) {
        Map<String, Figure> byLabel = new HashMap<>();
        int number = 0;
        for (Figure figure : figures) {
            if (figure.label == null) {
                continue;
            }
            if (byLabel.containsKey(figure.label)) {
                context.error(figure.image(), "figure label '" + figure.label + "' is used twice",
                        "give each figure its own label");
                continue;
            }
            figure.number = ++number;
            byLabel.put(figure.label, figure);
        }
        for (FigureRef ref : figureRefs) {
            Figure target = byLabel.get(ref.label);
            if (target != null) {
                ref.number = target.number;
            } else {
                context.error(ref, "no figure labelled '" + ref.label + "' in this memo",
                        DidYouMean.hint(ref.label, new TreeSet<>(byLabel.keySet()),
                                "label a figure by writing {#" + ref.label + "} right after its image: ![caption](plot.svg){#" + ref.label + "}"));
            }
        }
    }
}
