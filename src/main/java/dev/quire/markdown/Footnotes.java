package dev.quire.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * A body's footnotes numbered before anything is rendered, as the commonmark footnotes extension
 * numbers them: the notes referenced from the text first, in the order of their first reference,
 * then the notes only referenced from other notes, breadth first. Knowing every number up front
 * lets a margin note be written right after its reference, nested references included.
 *
 * <p>A note gets a margin copy when its first reference is in the text and may float there: not
 * inside a table cell, a link or a heading (a float would break the table, nest links, or end up
 * in the table of contents). Those notes stay footnotes at every width.
 */
final class Footnotes {
    /** One numbered note: its definition, number, the ids of its references, and whether it floats. */
    static final class Note {
        final FootnoteDefinition definition;
        final int number;
        final List<String> referenceIds = new ArrayList<>();
        boolean inMargin;

        private Note(FootnoteDefinition definition, int number) {
            this.definition = definition;
            this.number = number;
        }

        String id() {
            return "fn-" + definition.getLabel();
        }
    }

    /** A reference that points at a note: its own id, and whether the margin copy follows it. */
    record Reference(Note note, String id, boolean withMarginNote) {
    }

    private final Map<String, FootnoteDefinition> byLabel = new HashMap<>();
    private final Map<FootnoteDefinition, Note> notes = new LinkedHashMap<>();
    private final Map<FootnoteReference, Reference> references = new HashMap<>();

    private Footnotes() {
    }

    static Footnotes of(Node document) {
        Footnotes footnotes = new Footnotes();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition def) {
                    footnotes.byLabel.putIfAbsent(normal(def.getLabel()), def); // the first definition of a label wins
                } else {
                    visitChildren(block);
                }
            }
        });
        footnotes.number(document, true);
        Deque<FootnoteDefinition> nested = new ArrayDeque<>(footnotes.notes.keySet());
        while (!nested.isEmpty()) {
            FootnoteDefinition def = nested.removeFirst();
            int known = footnotes.notes.size();
            footnotes.number(def, false);
            footnotes.notes.keySet().stream().skip(known).forEach(nested::addLast);
        }
        return footnotes;
    }

    /** Numbers the references under {@code root}, outside definitions unless {@code root} is one. */
    private void number(Node root, boolean inText) {
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block == root || !(block instanceof FootnoteDefinition)) {
                    visitChildren(block);
                }
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference ref) {
                    register(ref, inText);
                }
                visitChildren(node);
            }
        });
    }

    private void register(FootnoteReference ref, boolean inText) {
        FootnoteDefinition def = byLabel.get(normal(ref.getLabel()));
        if (def == null) {
            return;
        }
        Note note = notes.computeIfAbsent(def, d -> new Note(d, notes.size() + 1));
        int n = note.referenceIds.size() + 1;
        String id = "fnref-" + def.getLabel() + (n == 1 ? "" : "-" + n);
        note.referenceIds.add(id);
        boolean margin = n == 1 && inText && canFloat(ref);
        note.inMargin |= margin;
        references.put(ref, new Reference(note, id, margin));
    }

    /** The reference's note and id, or null for a reference to no note (written as text). */
    Reference reference(FootnoteReference ref) {
        return references.get(ref);
    }

    /** The referenced notes in number order. */
    List<Note> notes() {
        return List.copyOf(notes.values());
    }

    boolean allInMargin() {
        return !notes.isEmpty() && notes.values().stream().allMatch(n -> n.inMargin);
    }

    private static boolean canFloat(Node ref) {
        for (Node n = ref.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableCell || n instanceof Link || n instanceof Heading) {
                return false;
            }
        }
        return true;
    }

    /** Labels match as commonmark matches them: case-folded, inner whitespace collapsed. */
    private static String normal(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
