package dev.quire.content;

import dev.quire.cite.PublicationList;
import dev.quire.config.MenuEntry;
import dev.quire.config.SiteConfig;
import dev.quire.diag.DidYouMean;
import dev.quire.diag.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header's menu: the {@code menu:} setting resolved against the site's pages, or, without
 * one, Quire's lists followed by every page (by address) and the publications page. No I/O.
 */
public final class Menu {
    /** Quire's own pages a menu may name, with their default titles, in the default menu's order. */
    private static final Map<String, MenuLink> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("archive", new MenuLink("Archive", "archive/", null, false));
        BUILT_IN.put("topic-log", new MenuLink("Topic log", "topic-log/", null, false));
        BUILT_IN.put("open-questions", new MenuLink("Open questions", "open-questions/", null, false));
        BUILT_IN.put("categories", new MenuLink("Categories", "categories/", null, true));
        BUILT_IN.put("tags", new MenuLink("Themes", "tags/", null, true));
        BUILT_IN.put("home", new MenuLink("Home", "", null, false));
    }

    private static final List<String> DEFAULT = List.of("archive", "topic-log", "open-questions", "categories");

    private Menu() {
    }

    /** The menu's links; a name that is neither a page nor one of Quire's is an error at its entry. */
    public static List<MenuLink> resolve(SiteConfig config, List<Page> pages, PublicationList publications,
                                         Problems problems) {
        Map<String, MenuLink> named = new LinkedHashMap<>(BUILT_IN);
        for (Page page : pages) {
            named.put(page.slug(), new MenuLink(page.title(), page.path(), null, false));
        }
        if (publications != null) {
            named.put(publications.slug(), new MenuLink(publications.title(), publications.path(), null, false));
        }
        List<MenuLink> links = new ArrayList<>();
        if (config.menu().isEmpty()) {
            DEFAULT.forEach(name -> links.add(BUILT_IN.get(name)));
            pages.forEach(page -> links.add(named.get(page.slug())));
            if (publications != null && pages.stream().noneMatch(p -> p.slug().equals(publications.slug()))) {
                links.add(named.get(publications.slug()));
            }
            return List.copyOf(links);
        }
        for (MenuEntry entry : config.menu()) {
            if (entry.url() != null) {
                boolean local = entry.url().startsWith("/");
                links.add(new MenuLink(entry.title(), local ? entry.url().substring(1) : null, local ? null : entry.url(), false));
                continue;
            }
            MenuLink link = named.get(entry.name());
            if (link == null) {
                problems.add(entry.place().error("the menu names '" + entry.name() + "', which is no page of the site",
                        DidYouMean.hint(entry.name(), named.keySet(),
                                "name a page of pages/ by its address, or one of " + String.join(", ", BUILT_IN.keySet())
                                        + (publications == null ? "" : ", " + publications.slug()))));
                continue;
            }
            links.add(entry.title().isEmpty() ? link : new MenuLink(entry.title(), link.path(), link.url(), link.section()));
        }
        return List.copyOf(links);
    }
}
