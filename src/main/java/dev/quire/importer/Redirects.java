package dev.quire.importer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Keeps a post's old URLs working: each becomes a small page under {@code static/} (published as
 * it is) that sends the reader on to the memo, by a refresh, a canonical link for search engines
 * and a plain link for everyone else. An old URL that Quire's own pages or another redirect
 * already take is skipped, with a warning: the build would refuse two files at one path.
 */
final class Redirects {
    /** Folders Quire writes pages into, and the files it writes at the root. */
    private static final Set<String> QUIRE_FOLDERS = Set.of("memos", "tags", "categories", "archive", "topic-log",
            "open-questions", "search", "_quire");
    private static final Pattern QUIRE_FILES = Pattern.compile(
            "index\\.html|404\\.html|feed\\.xml|feed\\.json|robots\\.txt|favicon\\.svg|sitemap(-\\d+)?\\.xml|assets/(quire\\.css|quire\\.js|search\\.js|cite\\.css|copy-code\\.js|fonts/.*|katex/.*)");

    /** Path under {@code static/} → page. */
    private final Map<String, String> pages = new TreeMap<>();
    private final Map<String, String> owners = new TreeMap<>();

    /** Where the redirect for {@code oldUrl} goes under {@code static/}: a folder's index, or the file itself. */
    static String file(String oldUrl) {
        String path = oldUrl.replaceFirst("[?#].*$", "").replaceFirst("^/+", "");
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return path.substring(path.lastIndexOf('/') + 1).contains(".") ? path : path + "/index.html";
    }

    /** Why a redirect for {@code oldUrl} cannot be written, or empty when it can. */
    Optional<String> conflict(String oldUrl, Set<String> staticFiles) {
        String file = file(oldUrl);
        if (quireOwns(file)) {
            return Optional.of("Quire's own pages use /" + file);
        }
        if (owners.containsKey(file)) {
            return Optional.of("the old URL of " + owners.get(file) + " is the same");
        }
        if (staticFiles.contains(file)) {
            return Optional.of("the static file " + file + " is there");
        }
        return Optional.empty();
    }

    /** @param canonical the memo's absolute address when the site has a {@code base_url}, else its path */
    /** Whether Quire's own build writes {@code file} (a path in the output), so {@code static/} must not. */
    static boolean quireOwns(String file) {
        String first = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
        return QUIRE_FOLDERS.contains(first) || QUIRE_FILES.matcher(file).matches();
    }

    void add(String oldUrl, String owner, String title, String memoUrl, String canonical) {
        String file = file(oldUrl);
        owners.put(file, owner);
        String t = StringEscapeUtils.escapeHtml4(title);
        String u = StringEscapeUtils.escapeHtml4(memoUrl);
        String c = StringEscapeUtils.escapeHtml4(canonical);
        pages.put(file, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + t + "</title>\n<link rel=\"canonical\" href=\"" + c + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + u + "\">\n<meta name=\"robots\" content=\"noindex\">\n"
                + "</head>\n<body>\n<p>This page has moved to <a href=\"" + u + "\">" + t + "</a>.</p>\n</body>\n</html>\n");
    }

    Map<String, String> pages() {
        return pages;
    }
}
