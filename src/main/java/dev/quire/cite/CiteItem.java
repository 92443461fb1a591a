package dev.quire.cite;

/**
 * One reference inside a citation, as written in a memo: {@code [see @key, p. 3]} has the
 * prefix "see", the key, the locator "3" with the label "page", and no suffix.
 *
 * @param label a CSL locator label ("page", "chapter", ...), or null without a locator
 * @param suppressAuthor {@code [-@key]}: the year (or number) without the names
 */
public record CiteItem(String key, String prefix, String locator, String label, String suffix, boolean suppressAuthor) {

    public static CiteItem of(String key) {
        return new CiteItem(key, "", null, null, "", false);
    }
}
