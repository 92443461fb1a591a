package dev.quire.similar;

import java.util.List;

/**
 * What the similarity reads of one memo: its question (or, lacking one, its title and
 * description), title, description, the first paragraph of its body, and the abbreviations its
 * body defines (found once, when the body is rendered, and kept with it in the cache).
 *
 * @param id what the memo is known by (its slug)
 */
public record MemoText(String id, String question, String title, String description, String lead,
                       List<Abbreviation> bodyAbbreviations) {
    public MemoText {
        bodyAbbreviations = List.copyOf(bodyAbbreviations);
    }

    /** A question on its own, as {@code quire new memo} is given one. */
    public static MemoText question(String id, String question) {
        return new MemoText(id, question, "", "", "", List.of());
    }
}
