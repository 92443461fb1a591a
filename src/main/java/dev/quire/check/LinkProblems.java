package dev.quire.check;

import dev.quire.content.Memo;
import dev.quire.diag.DidYouMean;
import dev.quire.diag.Problem;
import dev.quire.diag.SourceText;
import dev.quire.markdown.OutgoingLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns broken links of the output into problems a writer can act on: a link written in a
 * memo's Markdown is reported at its place in the memo file; any other (from the theme or from
 * {@code static/}) at its place in the output page, under {@code _site/}.
 */
final class LinkProblems {
    private LinkProblems() {
    }

    static List<Problem> of(List<OutputLinks.Broken> broken, List<Memo> memos) {
        Map<String, Memo> byPage = new HashMap<>();
        memos.forEach(m -> byPage.put(m.path() + "index.html", m));
        Map<Memo, Optional<SourceText>> sources = new HashMap<>();
        Set<Problem> problems = new LinkedHashSet<>(); // one problem per place, however often the page repeats it
        for (OutputLinks.Broken b : broken) {
            String message = "broken link '" + b.target() + "': " + b.reason();
            Memo memo = byPage.get(b.page());
            Optional<OutgoingLink> written = memo == null ? Optional.empty() : writtenIn(memo, b.target());
            Optional<SourceText> source = written.isEmpty() ? Optional.empty() : sources.computeIfAbsent(memo, LinkProblems::read);
            if (written.isPresent()) {
                OutgoingLink link = written.get();
                String path = memo.source().relativePath();
                problems.add(Problem.error(path, link.line(), link.column(), message, hint(b, memos),
                        source.map(s -> s.line(link.line())).orElse(null)));
            } else {
                problems.add(Problem.error("_site/" + b.page(), b.line(), b.column(), message,
                        "this link comes from the theme or from static/, not from a memo", b.htmlLine()));
            }
        }
        return new ArrayList<>(problems);
    }

    /** The first place the memo writes the link, as the Markdown stage found it; the page writes it encoded. */
    private static Optional<OutgoingLink> writtenIn(Memo memo, String target) {
        String decoded;
        try {
            decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = target;
        }
        for (OutgoingLink link : memo.body().links()) {
            if (link.target().equals(target) || link.target().equals(decoded)) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /**
     * What to do about a broken link written in a memo: the memo it most likely means when it
     * names a memo file or a mistyped memo URL, else how links are written.
     */
    private static String hint(OutputLinks.Broken b, List<Memo> memos) {
        if (b.attribute().equals("src")) {
            return "a relative path is found beside the memo's page: put the file next to the memo's index.md"
                    + " (a bundle folder), or in static/ and write it as /file";
        }
        if (b.reason().startsWith("no element with id")) {
            return b.closestId() != null ? "did you mean #" + b.closestId() + "?"
                    : "a heading's anchor is its text in lower case with dashes, such as #open-questions";
        }
        String target = b.target().replaceAll("[?#].*$", "");
        String last = target.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        for (Memo memo : memos) {
            String file = memo.source().relativePath();
            if (last.endsWith(".md") && (file.endsWith("/" + last) || file.endsWith("/" + last.replace(".md", "") + "/index.md"))) {
                return "a memo is linked by its page, not its file: write /" + memo.path();
            }
        }
        if (target.contains("memos/")) {
            String wanted = last.replaceAll("\\.md$", "");
            Optional<String> close = DidYouMean.closest(wanted, memos.stream().map(Memo::slug).toList());
            if (close.isPresent()) {
                return "did you mean /memos/" + close.get().toLowerCase(Locale.ROOT) + "/?";
            }
        }
        return "link to a memo by its URL, such as /memos/its-slug/, and to a heading by its #anchor";
    }

    /** The memo file, for the line shown under the problem. */
    private static Optional<SourceText> read(Memo memo) {
        try {
            return Optional.of(new SourceText(memo.source().relativePath(),
                    Files.readString(memo.source().file(), StandardCharsets.UTF_8)));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // read a moment ago by the build; report at the output instead
        }
    }
}
