package dev.quire.importer;

/** What an import converted, counted for its summary line. One per import, used by one thread. */
final class Tally {
    int posts;
    int bundles;
    int formulas;
    int formulasRewritten;
    int macros;
    int images;
    int links;
    int redirects;
    int staticFiles;

    /** {@code 5 posts (2 bundles), 87 formulas (12 rewritten), ...} */
    String summary() {
        return count(posts, "post") + " (" + count(bundles, "bundle") + "), " + count(formulas, "formula")
                + " (" + formulasRewritten + " rewritten), " + count(macros, "macro") + ", " + count(images, "image") + ", "
                + count(links, "link") + " rewritten, " + count(redirects, "redirect") + ", " + count(staticFiles, "static file");
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
