package dev.quire.pipeline;

import dev.quire.diag.BuildFailedException;
import dev.quire.output.OutputSink;

/**
 * One full run of the {@link Pipeline} into a sink, as {@code build} and {@code check} make it.
 * When any problem is an error nothing is committed and the previous output stays as it was.
 *
 * <p>Usage: {@code BuildReport report = new SiteBuilder().build(options, new DiskSink(out));}
 */
public final class SiteBuilder {
    public BuildReport build(BuildOptions options, OutputSink sink) throws BuildFailedException {
        try (Pipeline pipeline = Pipeline.forBuild(options)) {
            PipelineResult result = pipeline.buildAll(sink);
            if (!result.ok()) {
                throw new BuildFailedException(result.problems());
            }
            return new BuildReport(result.memos(), result.files(), result.problems(), result.timings(), result.site(),
                    result.draftsLeftOut(), result.notes());
        }
    }
}
