package dev.quire.pipeline;

import dev.quire.config.ConfigLoader;
import dev.quire.config.SiteConfig;
import dev.quire.content.DuplicateSlugs;
import dev.quire.content.LabelCollisions;
import dev.quire.content.Memo;
import dev.quire.content.MemoRefs;
import dev.quire.content.Site;
import dev.quire.content.SiteAssembler;
import dev.quire.diag.Problems;
import dev.quire.markdown.MemoTarget;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan.Entry;
import dev.quire.output.OutputPlan;
import dev.quire.output.OutputSink;
import dev.quire.render.PageRenderer;
import dev.quire.render.RenderContext;
import dev.quire.search.SearchIndex;
import dev.quire.source.MemoSource;
import dev.quire.source.SiteLayout;
import dev.quire.source.SourceWalker;
import dev.quire.theme.ThemeFolder;
import dev.quire.theme.ThemeTemplates;
import gg.jte.TemplateEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The stages of one run of the {@link Pipeline}, in order: settings and sources, memos, site
 * model, related memos, output plan (with the search index), pages. The pipeline decides which
 * run a change calls for and keeps what the last good one gave; this class does the run: in
 * full ({@link #all}), over the files that changed ({@link #changed}), the rest of a body edit
 * ({@link #settle}), or only up to the site model ({@link #model}). Each returns what the run
 * made, or empty when it found an error (every problem is in {@code problems}).
 */
final class Stages {
    private final BuildOptions options;
    private final SiteLayout layout;
    private final MemoRenderers renderers;
    private final InputKeys inputKeys = new InputKeys();
    private final FeedEntries feedEntries = new FeedEntries();
    /** Whether full runs refuse an output folder whose replacement would destroy sources ({@link OutputGuard}). */
    private final boolean writesOutputFolder;

    /** The site's theme folder and its templates compiled, as the last full run read them; null: the built-in theme. */
    private ThemeFolder theme;
    private TemplateEngine templates;

    Stages(BuildOptions options, SiteLayout layout, MemoRenderers renderers, boolean writesOutputFolder) {
        this.options = options;
        this.layout = layout;
        this.renderers = renderers;
        this.writesOutputFolder = writesOutputFolder;
    }

    /** The site model of a full read; empty when reading found an error. */
    Optional<Site> model(Problems problems, Stopwatch clock) {
        Optional<Memos> memos = readEverything(problems, clock);
        if (memos.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Memos read = memos.get();
        Site site = SiteAssembler.assemble(read.config(), published(MemoStage.inOrder(read.parsed(), read.rendered())));
        clock.lap("site model");
        return Optional.of(site);
    }

    /**
     * After a body-only edit, the rest of what shows the body (feeds, the search index): the
     * whole site planned again from {@code before}, whose memos are the edited ones.
     *
     * @throws CancellationException when {@code cancel} says so, between steps or files
     */
    Optional<PipelineState> settle(PipelineState before, Problems problems, OutputSink sink, BooleanSupplier cancel,
                                   Stopwatch clock) {
        Memos m = new Memos(before.config(), before.parsed(), before.targets(), before.memos(), pagesOf(before));
        return finish(before, m, Set.of(), problems, sink, cancel, clock);
    }

    /**
     * Whether each run of this pipeline is its only one, as in {@code build} and {@code check}:
     * then nothing is kept for a next run to start from (serve's next run starts from the
     * search index's analysis of every document).
     */
    private boolean runsOnce() {
        return writesOutputFolder;
    }

    /** What the memo stages give the model: the settings, every readable memo, rendered, and the site's own pages. */
    private record Memos(SiteConfig config, TreeMap<Path, ParsedMemo> parsed, Map<String, MemoTarget> targets,
                         Map<Path, Memo> rendered, PageStage.Pages pages) {
    }

    /** Config, sources and every memo; every problem of these stages reported, even when the config is missing. */
    private Optional<Memos> readEverything(Problems problems, Stopwatch clock) {
        renderers.cache().loadInBackground(); // while the settings and sources are read
        if (writesOutputFolder) {
            OutputGuard.check(layout, options.outputDir(), problems);
        }
        Optional<SiteConfig> config = ConfigLoader.load(layout, problems);
        List<MemoSource> sources = SourceWalker.find(layout, problems);
        MemoReader reader = renderers.readerFor(config, problems);
        clock.lap("config and sources");
        TreeMap<Path, ParsedMemo> parsed = new TreeMap<>();
        MemoStage.read(reader, sources, parsed, problems);
        Map<String, MemoTarget> targets = MemoStage.targets(parsed, options.drafts());
        MemoStage.standIns(sources, parsed, targets);
        Map<Path, Memo> rendered = new HashMap<>();
        MemoStage.render(reader, parsed, parsed.keySet(), targets, rendered, problems);
        List<Memo> all = MemoStage.inOrder(parsed, rendered);
        DuplicateSlugs.check(all, problems);
        LabelCollisions.check(all, problems);
        MemoRefs.check(all, problems);
        PageStage.Pages pages = config.map(c -> PageStage.run(reader, layout, c, targets, options.drafts(), problems))
                .orElse(PageStage.Pages.NONE);
        clock.lap("memos", reader.cacheSummary() + "; " + renderers.engineReport(problems), renderers.cache());
        return config.map(c -> new Memos(c, parsed, targets, rendered, pages));
    }

    /** The memos the site shows: all of them, drafts left out unless the run shows drafts. */
    private List<Memo> published(List<Memo> memos) {
        return memos.stream().filter(m -> options.drafts() || !m.draft()).toList();
    }

    /**
     * A full run: everything read and rendered (from the cache where it can be), the whole
     * output planned and written.
     *
     * @param before the last good run, whose search index and plan are started from; {@code null} for the first
     */
    Optional<PipelineState> all(PipelineState before, Problems problems, OutputSink sink, Stopwatch clock) {
        Optional<Memos> memos = readEverything(problems, clock);
        if (memos.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Memos m = memos.get();
        if (!readTheme(problems, clock)) {
            return Optional.empty();
        }
        return finish(before, m, null, problems, sink, () -> false, clock);
    }

    /**
     * Reads {@code theme/} and compiles its templates, if any, with the built-in ones; a site
     * without overrides keeps the precompiled theme and compiles nothing.
     */
    private boolean readTheme(Problems problems, Stopwatch clock) {
        theme = ThemeFolder.read(layout, problems);
        templates = null;
        if (!theme.templates().isEmpty()) {
            templates = ThemeTemplates.compile(theme.templates(), options.cacheDir(), problems).orElse(null);
            clock.lap("theme templates", theme.templates().sources().size() + " replaced");
            return templates != null;
        }
        return true;
    }

    /** Reads again the memos under the changed paths; copies changed static and bundle files. */
    Optional<PipelineState> changed(PipelineState before, Set<Path> changes, Problems problems, OutputSink sink, Stopwatch clock) {
        TreeMap<Path, ParsedMemo> parsed = new TreeMap<>(before.parsed());
        Set<Path> entries = new TreeSet<>();
        Set<String> changedKeys = new HashSet<>();
        for (Path file : changes) {
            Path entry = MemoStage.entryOf(layout, file);
            if (entry != null) {
                entries.add(entry);
                changedKeys.add(Inputs.file(layout.relative(file)));
            } else if (file.startsWith(layout.staticFiles()) || file.startsWith(layout.pages())) {
                changedKeys.add(Inputs.file(layout.relative(file))); // a file copied as is, or a page's own image
            }
        }
        List<MemoSource> sources = new ArrayList<>();
        for (Path entry : entries) {
            parsed.remove(entry);
            SourceWalker.entry(layout, entry).ifPresent(sources::add);
        }
        MemoReader reader = renderers.reader();
        MemoStage.read(reader, sources, parsed, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (parsed.isEmpty()) {
            return all(before, problems, sink, clock); // reports the empty memos/ folder as a full build does
        }
        Optional<PipelineState> fast = BodyEdit.apply(before, entries, parsed, changes, reader, layout, options.drafts(),
                sink, problems);
        if (fast != null) {
            clock.lap("pages");
            return fast;
        }
        Map<String, MemoTarget> targets = MemoStage.targets(parsed, options.drafts());
        Set<Path> toRender = new HashSet<>();
        for (Path entry : entries) {
            if (parsed.containsKey(entry)) {
                toRender.add(entry);
            }
        }
        Set<String> changedTargets = MemoStage.changedTargets(before.targets(), targets);
        toRender.addAll(MemoStage.linkingTo(changedTargets, parsed));
        Map<Path, Memo> memos = new HashMap<>(before.memos());
        memos.keySet().retainAll(parsed.keySet());
        MemoStage.render(reader, parsed, toRender, targets, memos, problems);
        // pages are few: read again, all of them, when one changed or a memo they may link to did
        boolean pagesChanged = changes.stream().anyMatch(f -> f.startsWith(layout.pages()));
        PageStage.Pages pages = pagesChanged || !changedTargets.isEmpty()
                ? PageStage.run(reader, layout, before.config(), targets, options.drafts(), problems) : pagesOf(before);
        clock.lap("memos", reader.cacheSummary(), renderers.cache());
        return finish(before, new Memos(before.config(), parsed, targets, memos, pages), changedKeys, problems, sink, () -> false,
                clock);
    }

    private static PageStage.Pages pagesOf(PipelineState state) {
        return new PageStage.Pages(state.site().pages(), state.site().publications());
    }

    /**
     * Assembles the site, plans the output and writes what the changes touch; {@code changedKeys}
     * {@code null} writes everything.
     *
     * @throws CancellationException when {@code cancel} says so, between steps or files
     */
    private Optional<PipelineState> finish(PipelineState before, Memos read, Set<String> changedKeys, Problems problems,
                                           OutputSink sink, BooleanSupplier cancel, Stopwatch clock) {
        SiteConfig config = read.config();
        PageStage.Pages sitePages = read.pages();
        List<Memo> all = MemoStage.inOrder(read.parsed(), read.rendered());
        if (changedKeys != null) { // a full run checked these in its memo stage
            DuplicateSlugs.check(all, problems);
            LabelCollisions.check(all, problems);
            MemoRefs.check(all, problems);
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Site site = SiteAssembler.assemble(config, published(all), sitePages.pages(), sitePages.publications(), problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        checkCancel(cancel);
        RenderContext ctx = RenderContext.of(site, OutputPlanner.stylesheets(config, theme),
                before == null ? null : before.pages().context());
        clock.lap("site model");
        clock.lap("related memos", ctx.related().prepare(renderers.cache()), renderers.cache());
        checkCancel(cancel);
        PageRenderer pages = new PageRenderer(ctx, templates);
        IndexAndPlan.Made made = IndexAndPlan.make(
                () -> SearchOutputs.index(site, ctx, before == null ? null : before.search(), renderers.cache(),
                        renderers.reader()::bodyDigest, runsOnce()),
                search -> OutputPlanner.plan(site, ctx, pages, layout, theme, renderers.cache(),
                        renderers.reader()::bodyDigest, search, inputKeys, feedEntries));
        SearchIndex search = made.index();
        OutputPlan plan = made.plan();
        plan.reportProblems(problems);
        plan.notes().forEach(problems::note);
        clock.lap("output plan", "", renderers.cache());
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        checkCancel(cancel);
        Map<String, Entry> entries = plan.byPath();
        Map<String, Entry> previous = before == null ? null : before.plan();
        Set<String> keys = null;
        if (changedKeys != null && before != null) {
            keys = new HashSet<>(changedKeys);
            keys.addAll(MemoChanges.between(before.site().memos(), site.memos()));
            PageStage.Pages was = pagesOf(before);
            if (!PageStage.sameOutline(was, sitePages) || !before.site().menu().equals(site.menu())) {
                keys = null; // every page shows the menu
            } else {
                Set<String> touched = keys;
                PageStage.changed(was, sitePages).forEach(slug -> touched.add(Inputs.page(slug)));
            }
        }
        Collection<Entry> toWrite = PageWriter.touched(entries, previous, keys);
        PageWriter.write(toWrite, entries, previous, sink, cancel);
        clock.lap("pages", toWrite.size() + " of " + entries.size() + " files written", renderers.cache());
        return Optional.of(new PipelineState(config, read.parsed(), read.rendered(), read.targets(), site, pages, entries, search,
                true, toWrite.size()));
    }

    private static void checkCancel(BooleanSupplier cancel) {
        if (cancel.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
