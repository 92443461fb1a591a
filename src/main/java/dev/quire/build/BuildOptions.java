package dev.quire.build;

import java.nio.file.Path;

/**
 * What to build: the site folder, the output folder (used by the disk sink and for the safety
 * checks), and whether drafts are published.
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean drafts) {
}
