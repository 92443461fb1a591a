package dev.quire.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * A memo's reference list as HTML: one {@code div.csl-entry} per cited work, with its key's id,
 * in the style's order. Entries of works that format the same in every memo are kept for the
 * build and reused (see {@link Bibliography}); the list is shared by the worker threads.
 */
final class ReferenceList {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    /**
     * The entries in the style's order. CSL's registered items come back in that same order
     * (the bibliography's sort), which is how each entry gets its key's id, and how entries
     * formatted for earlier memos are put in order.
     */
    String html(CSL csl, boolean reusable) {
        List<String> keys = csl.getRegisteredItems().stream().map(CSLItemData::getId).toList();
        List<String> list;
        if (reusable && entries.keySet().containsAll(keys)) {
            list = keys.stream().map(entries::get).toList();
        } else {
            list = entries(csl, keys);
            if (reusable && list.size() == keys.size()) {
                for (int i = 0; i < keys.size(); i++) {
                    entries.putIfAbsent(keys.get(i), list.get(i));
                }
            }
        }
        StringBuilder out = new StringBuilder("<div class=\"csl-bib-body\">\n");
        list.forEach(entry -> out.append(entry).append('\n'));
        return out.append("</div>").toString();
    }

    private static List<String> entries(CSL csl, List<String> keys) {
        String[] rendered = csl.makeBibliography().getEntries();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < rendered.length; i++) {
            String entry = rendered[i].strip();
            if (rendered.length == keys.size()) {
                entry = entry.replaceFirst("^<div class=\"csl-entry\">",
                        Matcher.quoteReplacement("<div class=\"csl-entry\" id=\"" + Bibliography.id(keys.get(i)) + "\">"));
            }
            list.add(entry);
        }
        return list;
    }
}
