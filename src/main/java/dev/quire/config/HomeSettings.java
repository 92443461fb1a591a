package dev.quire.config;

import java.util.List;

/**
 * How the home page is laid out ({@code home:} in {@code quire.yml}): which sections it shows, in
 * what order, and how much of the site each one shows.
 *
 * @param sections the sections shown, in order; a section left out is hidden
 * @param focusWindow how many of the newest memos Recent focus draws its themes from
 * @param focusCount how many themes Recent focus shows at most, the most used first
 * @param archive how many of the newest memos the home page's Archive lists before linking to
 *     the full archive
 * @param topicLog how many of the newest questions the home page's Topic log lists before
 *     linking to the full topic log
 */
public record HomeSettings(List<String> sections, int focusWindow, int focusCount, int archive, int topicLog) {
    /** Every home section, in the default order. */
    public static final List<String> SECTIONS =
            List.of("identity", "intro", "stats", "format", "focus", "latest", "archive", "topic_log");

    /**
     * Recent focus looks at the newest 30 memos and shows up to 24 themes. A small site (up to 30
     * memos, the first months of a notebook) thereby shows every theme it has, up to 24: a
     * reader sees all it is about. A large site shows what its newest memos are about rather than
     * its whole history, in at most about three lines of tags.
     */
    public static final int FOCUS_WINDOW = 30;
    public static final int FOCUS_COUNT = 24;
    /** Ten rows of each list keep the home page short at any size; the full pages hold the rest. */
    public static final int ARCHIVE = 10;
    public static final int TOPIC_LOG = 10;

    public static final HomeSettings DEFAULT = new HomeSettings(SECTIONS, FOCUS_WINDOW, FOCUS_COUNT, ARCHIVE, TOPIC_LOG);

    public boolean shows(String section) {
        return sections.contains(section);
    }
}
