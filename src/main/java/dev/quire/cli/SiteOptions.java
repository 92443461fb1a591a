package dev.quire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The site folder, given as {@code -s DIR} or as the first argument ({@code quire serve example}). */
final class SiteOptions {
    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "the site folder (default: .)")
    Path source;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "the site folder, as an alternative to -s")
    Path positional;

    Path siteDir() {
        Path dir = source != null ? source : positional != null ? positional : Path.of(".");
        return dir.toAbsolutePath().normalize();
    }
}
