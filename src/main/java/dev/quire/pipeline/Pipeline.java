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
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.function.Supplier;

/**
 * The one pipeline every command runs: config and sources, memos (in parallel), site model,
 * output plan, pages (in parallel) through an {@link OutputSink}, commit. {@code build} runs it
 * once into a {@link dev.quire.output.DiskSink}; {@code check} into memory; {@code stats} and
 * {@code new memo} stop at the site model ({@link #model}); {@code serve} keeps one pipeline and
 * runs it again on each change ({@link #update}), when it reads again only the memos that
 * changed, reassembles the model (cheap), works out which of its parts changed
 * ({@link MemoChanges}) and renders only the files whose declared inputs include one of them.
 * A change to the settings, the bibliography or the theme runs it all again.
 *
 * <p>Every problem of every stage is collected; a run that finds an error aborts the sink, so the
 * previous output stays as it was, and the files it could not take in are tried again with the
 * next change.
 *
 * <p>One thread runs {@link #update}s; {@link #settle} may run on another at the same time (it
 * works on the state it started from and is dropped if an update came meanwhile).
 */
public final class Pipeline implements AutoCloseable {
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

    /** The last good run; {@code null} until one succeeded. */
    private volatile PipelineState state;
    /** Changes a failed run could not take in, tried again with the next change. */
    private final Set<Path> pending = new HashSet<>();
    private boolean fullPending = true;

    private Pipeline(BuildOptions options, boolean writesOutputFolder) {
        this.options = options;
        this.writesOutputFolder = writesOutputFolder;
        this.layout = new SiteLayout(options.siteDir());
        this.renderers = new MemoRenderers(options, layout);
    }

    /** A pipeline whose output replaces {@code options.outputDir()}: {@code build}, and {@code check} as if it did. */
    public static Pipeline forBuild(BuildOptions options) {
        return new Pipeline(options, true);
    }

    /** A pipeline whose output stays in memory ({@code serve}, {@code stats}, {@code new memo}): no output folder to guard. */
    public static Pipeline inMemory(BuildOptions options) {
        return new Pipeline(options, false);
    }

    public SiteLayout layout() {
        return layout;
    }

    /** The site model of a full read, without planning or writing anything: for {@code stats} and {@code new memo}. */
    public PipelineResult model() {
        Stopwatch clock = new Stopwatch(renderers.cache());
        Problems problems = new Problems();
        Optional<Memos> memos = readEverything(problems, clock);
        if (memos.isEmpty() || problems.hasErrors()) {
            return PipelineResult.failed(true, problems, clock);
        }
        Site site = SiteAssembler.assemble(memos.get().config(), published(memos.get()));
        clock.lap("site model");
        return PipelineResult.modelled(site, problems, clock);
    }

    /** A full run into {@code sink}, as at start. */
    public PipelineResult buildAll(OutputSink sink) {
        fullPending = true;
        return update(List.of(), sink);
    }

    /**
     * Takes in changed files (absolute paths anywhere in the site folder) and writes what they
     * touch to {@code sink}, which holds the output of the last good run (a caller that settles
     * on another thread makes the sink while holding this pipeline's lock).
     */
    public synchronized PipelineResult update(Collection<Path> changedFiles, OutputSink sink) {
        Stopwatch clock = new Stopwatch(renderers.cache());
        Set<Path> changes = new HashSet<>(pending);
        for (Path p : changedFiles) {
            changes.add(p.toAbsolutePath().normalize());
        }
        boolean full = fullPending || state == null || changes.stream().anyMatch(this::affectsEverything);
        Problems problems = new Problems();
        Optional<PipelineState> next;
        try {
            next = full ? runAll(problems, sink, clock) : runChanged(changes, problems, sink, clock);
        } catch (UncheckedIOException e) {
            if (state == null) {
                abort(sink, e);
                throw e; // a first build cannot read its files: an I/O failure, said as one
            }
            // a file vanished between listing and reading it (an editor's save): try again with the next change
            problems.error(layout.relative(layout.root()), e.getMessage() + ": " + e.getCause().getMessage(),
                    "save the file again");
            next = Optional.empty();
        } catch (RuntimeException | Error e) {
            // a defect (a stack overflow included): nothing of this run is kept, and the next
            // run, with the next change, starts over in full
            abort(sink, e);
            pending.addAll(changes);
            fullPending = true;
            throw e;
        }
        if (next.isEmpty() || problems.hasErrors()) {
            sink.abort();
            pending.clear();
            pending.addAll(changes);
            fullPending = full;
            return PipelineResult.failed(full, problems, clock);
        }
        pending.clear();
        fullPending = false;
        commit(sink, clock);
        state = next.get();
        return PipelineResult.written(full, next.get(), problems, clock);
    }

    /**
     * Writes what the runs so far put in the cache, keeping it open, for {@code serve}'s next
     * start or a build ({@code build} writes it when it closes). Safe while another run goes on.
     * {@code serve} calls it once an edit's pages are out, not before: a write of the cache, and
     * at every eighth a merge of its packs, took up to 1.4 s of a 4,000-memo site's rebuild.
     */
    public void keepRendered() {
        renderers.flush();
    }

    /**
     * After a body-only edit: renders everything else that depends on the edited memos (a feed
     * holding it, the search index), comparing the whole site as any other change does. Given up
     * as soon as {@code newChanges} says more edits wait: they go first, and the settling is done
     * again after them. A given-up or needless settle writes nothing.
     *
     * @param sinkOverCurrentOutput a sink holding the output of the last good run, asked for
     *     while no other run can change it
     */
    public PipelineResult settle(BooleanSupplier newChanges, Supplier<OutputSink> sinkOverCurrentOutput) {
        Stopwatch clock = new Stopwatch(renderers.cache());
        PipelineState s;
        OutputSink sink;
        synchronized (this) { // the state and the output it was written to, taken together
            s = state;
            if (s == null || s.settled()) {
                return PipelineResult.nothing();
            }
            sink = sinkOverCurrentOutput.get();
        }
        Problems problems = new Problems();
        BooleanSupplier overtaken = () -> state != s || newChanges.getAsBoolean();
        Optional<PipelineState> next;
        try {
            next = finish(s, s.config(), s.parsed(), s.memos(), s.targets(), pagesOf(s), Set.of(), problems, sink, overtaken,
                    clock);
        } catch (CancellationException e) {
            sink.abort();
            return PipelineResult.overtaken();
        }
        if (next.isEmpty()) {
            sink.abort();
            return PipelineResult.failed(false, problems, clock);
        }
        synchronized (this) {
            if (state != s) {
                sink.abort();
                return PipelineResult.overtaken();
            }
            commit(sink, clock);
            state = next.get();
        }
        return PipelineResult.written(false, next.get(), problems, clock);
    }

    /**
     * Whether each run of this pipeline is its only one, as in {@code build} and {@code check}:
     * then nothing is kept for a next run to start from (serve's next run starts from the
     * search index's analysis of every document).
     */
    private boolean runsOnce() {
        return writesOutputFolder;
    }

    /** Closes the Markdown renderer's script engine and caches. */
    @Override
    public void close() {
        renderers.close();
    }

    /** Aborts the sink after {@code failure}; a failure to abort never hides the first one. */
    private static void abort(OutputSink sink, Throwable failure) {
        try {
            sink.abort();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void commit(OutputSink sink, Stopwatch clock) {
        try {
            sink.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new output into place", e);
        }
        clock.lap("commit");
    }

    /** Whether a change to {@code file} may change every page: settings, bibliography, theme, the memos folder itself. */
    private boolean affectsEverything(Path file) {
        return file.equals(layout.config()) || file.equals(layout.references()) || file.startsWith(layout.theme())
                || file.equals(layout.root()) || file.equals(layout.memos()) || file.equals(layout.staticFiles())
                || file.equals(layout.pages());
    }

    /** What the memo stage gives the model: every readable memo, rendered. */
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

    private List<Memo> published(Memos memos) {
        return MemoStage.inOrder(memos.parsed(), memos.rendered()).stream().filter(m -> options.drafts() || !m.draft()).toList();
    }

    private Optional<PipelineState> runAll(Problems problems, OutputSink sink, Stopwatch clock) {
        Optional<Memos> memos = readEverything(problems, clock);
        if (memos.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Memos m = memos.get();
        if (!readTheme(problems, clock)) {
            return Optional.empty();
        }
        return finish(state, m.config(), m.parsed(), m.rendered(), m.targets(), m.pages(), null, problems, sink, () -> false,
                clock);
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
    private Optional<PipelineState> runChanged(Set<Path> changes, Problems problems, OutputSink sink, Stopwatch clock) {
        PipelineState before = state;
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
            return runAll(problems, sink, clock); // reports the empty memos/ folder as a full build does
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
        toRender.addAll(MemoStage.linkingTo(MemoStage.changedTargets(before.targets(), targets), parsed));
        Map<Path, Memo> memos = new HashMap<>(before.memos());
        memos.keySet().retainAll(parsed.keySet());
        MemoStage.render(reader, parsed, toRender, targets, memos, problems);
        // pages are few: read again, all of them, when one changed or a memo they may link to did
        boolean pagesChanged = changes.stream().anyMatch(f -> f.startsWith(layout.pages()));
        PageStage.Pages pages = pagesChanged || !MemoStage.changedTargets(before.targets(), targets).isEmpty()
                ? PageStage.run(reader, layout, before.config(), targets, options.drafts(), problems) : pagesOf(before);
        clock.lap("memos", reader.cacheSummary(), renderers.cache());
        return finish(before, before.config(), parsed, memos, targets, pages, changedKeys, problems, sink, () -> false, clock);
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
    private Optional<PipelineState> finish(PipelineState before, SiteConfig config, TreeMap<Path, ParsedMemo> parsed,
                                           Map<Path, Memo> memos, Map<String, MemoTarget> targets, PageStage.Pages sitePages,
                                           Set<String> changedKeys,
                                           Problems problems, OutputSink sink, BooleanSupplier cancel, Stopwatch clock) {
        List<Memo> all = MemoStage.inOrder(parsed, memos);
        if (changedKeys != null) { // a full run checked these in its memo stage
            DuplicateSlugs.check(all, problems);
            LabelCollisions.check(all, problems);
            MemoRefs.check(all, problems);
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        Site site = SiteAssembler.assemble(config, all.stream().filter(m -> options.drafts() || !m.draft()).toList(),
                sitePages.pages(), sitePages.publications(), problems);
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
        return Optional.of(new PipelineState(config, parsed, memos, targets, site, pages, entries, search, true,
                toWrite.size()));
    }

    private static void checkCancel(BooleanSupplier cancel) {
        if (cancel.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
