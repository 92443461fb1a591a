package dev.quire.pipeline;

import dev.quire.diag.Problems;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy sources: the site folder itself or a
 * folder above it, anything inside memos/, static/ or theme/, and an existing folder that does
 * not look like a site build (a build replaces its output folder whole).
 */
final class OutputGuard {
    private OutputGuard() {
    }

    static void check(SiteLayout layout, Path output, Problems problems) {
        Path out = output.toAbsolutePath().normalize();
        String shown = output.toString();
        if (layout.root().startsWith(out)) {
            problems.error(shown, "the output folder " + shown + " contains the site itself",
                    "a build replaces its output folder; choose a folder such as " + layout.defaultOutput());
            return;
        }
        for (Path content : List.of(layout.memos(), layout.staticFiles(), layout.theme())) {
            if (out.startsWith(content)) {
                problems.error(shown, "the output folder " + shown + " is inside the content folder "
                                + layout.relative(content) + "/",
                        "the output would be read back as content; use the default _site or a folder outside "
                                + layout.relative(content) + "/");
                return;
            }
        }
        if (Files.isDirectory(out) && !isEmpty(out) && !Files.exists(out.resolve("index.html"))) {
            problems.error(shown, "the output folder " + shown + " exists and does not look like a site build",
                    "a build replaces its output folder whole; pass an empty or new folder with -o");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
