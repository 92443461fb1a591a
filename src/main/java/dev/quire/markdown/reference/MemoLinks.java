package dev.quire.markdown.reference;

import dev.quire.diag.DidYouMean;
import dev.quire.markdown.BodyContext;
import dev.quire.markdown.MemoTarget;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Link;
import org.commonmark.node.SourceSpan;

/**
 * Links from a body to other memos: {@code [[slug]]} made a link with the memo's title (an
 * unknown slug is an error, a draft a warning), and plain Markdown links to a memo's page, both
 * collected as the memos the body links to.
 */
final class MemoLinks {
    private static final Pattern MEMO_PATH = Pattern.compile("^(?:.*/)?memos/([^/]+)/?(?:index\\.html)?$");

    private final BodyContext context;

    MemoLinks(BodyContext context) {
        this.context = context;
    }

    void wikiLinks(List<WikiLink> wikiLinks, Set<String> memoLinks) {
        for (WikiLink link : wikiLinks) {
            Optional<MemoTarget> target = context.memo(link.slug);
            if (target.isEmpty()) {
                List<String> slugs = context.memos().values().stream().map(MemoTarget::slug).sorted().toList();
                errorAt(link, "no memo with the slug '" + link.slug + "'",
                        DidYouMean.hint(link.slug, slugs, "a memo's slug is its file name without the date, or its 'slug:'"));
                continue;
            }
            MemoTarget memo = target.get();
            boolean fromPublished = context.self() == null || !context.self().draft();
            if (memo.draft() && fromPublished) {
                // a warning, not an error: unpublishing a memo must not break every memo that
                // cites it; the link reads as plain text until the draft is published
                link.title = memo.title();
                at(link, (line, column) -> context.warning(line, column,
                        "[[" + link.slug + "]] links to a draft, which this build does not publish: shown as plain text",
                        "publish '" + memo.slug() + "' (remove 'draft: true') or build with --drafts to make it a link"));
                continue;
            }
            link.href = href(memo, context.self());
            link.title = memo.title();
            memoLinks.add(memo.slug());
        }
    }

    /** Plain Markdown links to another memo's page count as links between memos too. */
    void markdownLinks(List<Link> links, Set<String> memoLinks) {
        if (context.self() == null) {
            return;
        }
        for (Link link : links) {
            String destination = withoutQueryOrFragment(link.getDestination());
            if (destination.isEmpty() || ImageFiles.isRemote(destination)) {
                continue;
            }
            String path;
            try {
                path = destination.startsWith("/") ? destination
                        : URI.create(context.self().path()).resolve(destination).normalize().toString();
            } catch (IllegalArgumentException e) {
                continue;
            }
            Matcher m = path.contains("memos/") ? MEMO_PATH.matcher(path) : null; // most links go elsewhere
            if (m != null && m.matches()) {
                context.memo(m.group(1)).filter(t -> !t.draft()).ifPresent(t -> memoLinks.add(t.slug()));
            }
        }
    }

    /** The destination up to its first '?' or '#'; a destination holds no line break. */
    private static String withoutQueryOrFragment(String destination) {
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c == '?' || c == '#') {
                return destination.substring(0, i);
            }
        }
        return destination;
    }

    /**
     * A relative link, so that the site works under any base path: from a memo's page to a
     * sibling, "../slug/"; from a page of pages/ ("about/"), up to the root and down again.
     */
    private static String href(MemoTarget memo, MemoTarget self) {
        if (self == null || self.path().startsWith("memos/")) {
            return "../" + memo.path().substring("memos/".length());
        }
        return "../".repeat((int) self.path().chars().filter(c -> c == '/').count()) + memo.path();
    }

    private void errorAt(WikiLink link, String message, String hint) {
        at(link, (line, column) -> context.error(line, column, message, hint));
    }

    /** At a wikilink's first bracket (0-based body line and column): its node spans the inner pair only. */
    private static void at(WikiLink link, java.util.function.BiConsumer<Integer, Integer> report) {
        if (link.getSourceSpans().isEmpty()) {
            report.accept(0, 0);
            return;
        }
        SourceSpan at = link.getSourceSpans().get(0);
        report.accept(at.getLineIndex(), Math.max(0, at.getColumnIndex() - 1));
    }
}
