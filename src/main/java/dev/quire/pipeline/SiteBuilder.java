package dev.quire.pipeline;

import dev.quire.pipeline.BuildReport.StageTime;
import dev.quire.cache.RenderCache;
import dev.quire.cite.Bibliography;
import dev.quire.cite.CitationStyles;
import dev.quire.config.ConfigLoader;
import dev.quire.config.SiteConfig;
import dev.quire.content.DuplicateSlugs;
import dev.quire.content.Memo;
import dev.quire.content.MemoRefs;
import dev.quire.content.Site;
import dev.quire.content.SiteAssembler;
import dev.quire.diag.BuildFailedException;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.markdown.BodyResources;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.markdown.MemoTarget;
import dev.quire.output.OutputPlan;
import dev.quire.output.OutputSink;
import dev.quire.render.RenderContext;
import dev.quire.render.PageRenderer;
import dev.quire.source.MemoSource;
import dev.quire.source.SiteLayout;
import dev.quire.source.SourceWalker;
import dev.quire.source.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the stages in their fixed order: config, sources, memos (in parallel), site model, output
 * plan, pages (in parallel), commit. Every problem of every stage is collected; when any is an
 * error nothing is committed and the previous output stays as it was.
 */
public final class SiteBuilder {
    public BuildReport build(BuildOptions options, OutputSink sink) throws BuildFailedException {
        try {
            return runStages(options, sink);
        } catch (RuntimeException e) {
            sink.abort(); // a defect or an I/O failure mid-build: the previous output stays
            throw e;
        }
    }

    private BuildReport runStages(BuildOptions options, OutputSink sink) throws BuildFailedException {
        Problems problems = new Problems();
        List<StageTime> timings = new ArrayList<>();
        Stopwatch clock = new Stopwatch(timings);
        SiteLayout layout = new SiteLayout(options.siteDir());

        OutputGuard.check(layout, options.outputDir(), problems);
        Optional<SiteConfig> config = ConfigLoader.load(layout, problems);
        List<MemoSource> sources = SourceWalker.find(layout, problems);
        clock.lap("config and sources");

        List<Memo> memos;
        try (MarkdownRenderer markdown = markdownRenderer(config, options)) {
            memos = readMemos(sources, new MemoReader(markdown, bodyResources(layout, config, problems)), options.drafts(), problems);
        }
        DuplicateSlugs.check(memos, problems);
        MemoRefs.check(memos, problems);
        clock.lap("memos");
        if (problems.hasErrors() || config.isEmpty()) {
            throw fail(problems, sink);
        }

        List<Memo> published = memos.stream().filter(m -> options.drafts() || !m.draft()).toList();
        Site site = SiteAssembler.assemble(config.get(), published);
        RenderContext ctx = RenderContext.of(site);
        OutputPlan plan = OutputPlanner.plan(site, ctx, new PageRenderer(ctx), layout);
        plan.reportProblems(problems);
        clock.lap("site model");
        if (problems.hasErrors()) {
            throw fail(problems, sink);
        }

        write(plan, sink);
        clock.lap("pages");
        try {
            sink.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new output into place", e);
        }
        clock.lap("commit");
        List<Problem> warnings = problems.sorted();
        return new BuildReport(published.size(), plan.size(), warnings, timings, site);
    }

    private static BuildFailedException fail(Problems problems, OutputSink sink) {
        sink.abort();
        return new BuildFailedException(problems.sorted());
    }

    /** The Markdown pipeline of this build: the site's TeX macros, formulas and code cached in the cache folder. */
    static MarkdownRenderer markdownRenderer(Optional<SiteConfig> config, BuildOptions options) {
        Map<String, String> macros = config.map(c -> c.math().macros()).orElse(Map.of());
        return new MarkdownRenderer(macros, options.cacheDir() == null ? RenderCache.none() : RenderCache.at(options.cacheDir()));
    }


    /** What bodies may refer to: static/ and references.bib, parsed once for every memo of the build. */
    static BodyResources bodyResources(SiteLayout layout, Optional<SiteConfig> config, Problems problems) {
        String style = config.map(SiteConfig::citationStyle).orElse(CitationStyles.DEFAULT);
        String language = config.map(SiteConfig::language).orElse("en");
        Bibliography bibliography = Bibliography.load(layout.references(), style, language, problems).orElse(null);
        String baseUrl = config.map(SiteConfig::baseUrl).filter(url -> !url.equals("/")).orElse(null); // feeds need a public address
        return new BodyResources(layout.staticFiles(), bibliography, baseUrl);
    }


    /**
     * Reads every memo in two parallel passes: front matter first, then bodies, once every slug
     * is known. Each memo reports into its own list, merged in source order, so output never
     * depends on thread timing.
     */
    private static List<Memo> readMemos(List<MemoSource> sources, MemoReader reader, boolean drafts, Problems problems) {
        List<Reported<Optional<ParsedMemo>>> parsed = sources.parallelStream()
                .map(source -> Reported.of(own -> reader.read(source, own)))
                .toList();
        List<ParsedMemo> readable = new ArrayList<>();
        for (Reported<Optional<ParsedMemo>> r : parsed) {
            r.problems().sorted().forEach(problems::add);
            r.value().ifPresent(readable::add);
        }
        Map<String, MemoTarget> targets = new HashMap<>();
        for (ParsedMemo memo : readable) {
            targets.putIfAbsent(memo.slug().toLowerCase(Locale.ROOT), memo.target(drafts));
        }
        List<Reported<Memo>> rendered = readable.parallelStream()
                .map(memo -> Reported.of(own -> reader.render(memo, targets, own)))
                .toList();
        List<Memo> memos = new ArrayList<>();
        for (Reported<Memo> r : rendered) {
            r.problems().sorted().forEach(problems::add);
            memos.add(r.value());
        }
        return memos;
    }

    /** A result and the problems found while computing it. */
    private record Reported<T>(T value, Problems problems) {
        static <T> Reported<T> of(Function<Problems, T> work) {
            Problems own = new Problems();
            return new Reported<>(work.apply(own), own);
        }
    }

    private static void write(OutputPlan plan, OutputSink sink) {
        plan.entries().parallelStream().forEach(entry -> {
            try {
                if (entry.copyFrom() != null) {
                    sink.copy(entry.path(), entry.copyFrom());
                } else {
                    sink.write(entry.path(), entry.renderer().render());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + entry.path(), e);
            }
        });
    }

    /** Times consecutive stages for {@code --timings}. */
    private static final class Stopwatch {
        private final List<StageTime> timings;
        private long start = System.nanoTime();

        Stopwatch(List<StageTime> timings) {
            this.timings = timings;
        }

        void lap(String stage) {
            long now = System.nanoTime();
            timings.add(new StageTime(stage, (now - start) / 1_000_000));
            start = now;
        }
    }
}
