package dev.quire.config;

import dev.quire.diag.Place;

/**
 * One entry of the {@code menu:} setting, as written: a page or one of Quire's own pages by name
 * ({@code about}, {@code archive}, {@code publications}), or a link ({@code {title: Code, url:
 * https://github.com/ada}}). Names are resolved once the pages are known; an unknown one is an
 * error at {@code place}.
 *
 * @param name the page's name, or null for a link
 * @param title the text shown, or "" for a page's own title
 * @param url the link's address (absolute, or a site path from the root), or null for a page
 */
public record MenuEntry(String name, String title, String url, Place place) {
}
