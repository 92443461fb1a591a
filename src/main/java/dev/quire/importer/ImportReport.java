package dev.quire.importer;

import dev.quire.diag.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: where the site was written, every problem in reading order (warnings: an
 * import never stops at one post) and the counts of what was converted.
 *
 * @param summary {@code 5 posts (2 bundles), 87 formulas (12 rewritten), ...}
 */
public record ImportReport(Path output, List<Problem> problems, String summary) {
}
