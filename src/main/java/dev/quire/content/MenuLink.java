package dev.quire.content;

/**
 * One link of the site header's menu.
 *
 * @param path a site path ("about/", "archive/") for Quire's own pages and the site's files, or
 *     null for a link elsewhere
 * @param url the address of a link elsewhere, or null
 * @param section whether the link stands for every page under its path (the categories page
 *     for each category's)
 */
public record MenuLink(String title, String path, String url, boolean section) {

    /** Whether the page at site path {@code page} is this link's, for {@code aria-current}. */
    public boolean isCurrent(String page) {
        return path != null && (section ? page.startsWith(path) : page.equals(path));
    }
}
