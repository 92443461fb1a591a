package dev.quire.pipeline;

import dev.quire.config.ConfigLoader;
import dev.quire.config.SiteConfig;
import dev.quire.content.DuplicateSlugs;
import dev.quire.content.Memo;
import dev.quire.content.MemoRefs;
import dev.quire.content.Site;
import dev.quire.content.SiteAssembler;
import dev.quire.diag.Problem;
import dev.quire.diag.Problems;
import dev.quire.markdown.BodyResources;
import dev.quire.markdown.MarkdownRenderer;
import dev.quire.markdown.MemoTarget;
import dev.quire.output.Inputs;
import dev.quire.output.OutputPlan;
import dev.quire.output.OutputPlan.Entry;
import dev.quire.render.RenderContext;
import dev.quire.render.PageRenderer;
import dev.quire.source.MemoSource;
import dev.quire.source.SiteLayout;
import dev.quire.source.SourceWalker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A site kept built in memory for {@code serve}. The first build is a full one; after that a
 * change to some files re-reads only the memos that changed, reassembles the site model (cheap),
 * works out which of the model's parts changed ({@link MemoChanges}) and renders again only the
 * output files whose declared inputs ({@link dev.quire.output.Inputs}) include one of them. A
 * change to the settings, the bibliography or the theme rebuilds everything.
 *
 * <p>A rebuild that finds an error changes nothing: the last good output keeps being served, and
 * the files it could not take in are tried again with the next change.
 *
 * <p>One thread runs {@link #update}s; {@link #settle} may run on another at the same time (it
 * works on the state it started from and is dropped if an update came meanwhile);
 * {@link #files()} may be read from any thread.
 */
public final class LiveSite {
    private final BuildOptions options;
    private final SiteLayout layout;
    /** Kept across rebuilds, so a warm script engine renders a changed formula at once; made anew when the macros change. */
    private MarkdownRenderer markdown;
    private MemoReader reader;
    private Map<String, String> macros;

    /** The last good build; {@code null} until one succeeded. */
    private volatile State state;
    /** Changes a failed rebuild could not take in, tried again with the next change. */
    private final Set<Path> pending = new HashSet<>();
    private boolean fullPending = true;

    /**
     * Everything one good build knows, kept to compare the next build with.
     *
     * @param settled false after a body-only edit rendered its memo's page alone: the site model
     *     and plan still hold the memo as it was, and {@link #settle} brings the rest up to date
     */
    private record State(SiteConfig config, TreeMap<Path, ParsedMemo> parsed, Map<Path, Memo> memos,
                         Map<String, MemoTarget> targets, Site site, PageRenderer pages, Map<String, Entry> plan,
                         Map<String, byte[]> files, boolean settled) {
    }

    /**
     * What one rebuild did.
     *
     * @param rendered how many files were rendered or copied again
     * @param changed the output paths whose bytes changed, were added or were removed
     * @param problems the errors (when failed) or warnings
     * @param settled false when only the edited memos' pages were rendered, and {@link #settle}
     *     should run next for the files that depend on them elsewhere (lists, feeds, search index)
     */
    public record Outcome(boolean ok, boolean full, int rendered, int memos, Set<String> changed, long millis,
                          List<Problem> problems, boolean settled) {

        /** "rebuilt 6 pages in 23 ms" */
        public String summary() {
            return (full ? "built " + memos + " memos, " : "rebuilt ") + rendered + (rendered == 1 ? " page" : " pages")
                    + " in " + millis + " ms";
        }
    }

    public LiveSite(BuildOptions options) {
        this.options = options;
        this.layout = new SiteLayout(options.siteDir());
    }

    public SiteLayout layout() {
        return layout;
    }

    /** The output of the last good build by site path; empty before the first. Never modified. */
    public Map<String, byte[]> files() {
        State s = state;
        return s == null ? Map.of() : s.files();
    }

    /** A full build, as at start. */
    public Outcome buildAll() {
        fullPending = true;
        return update(List.of());
    }

    /** Takes in changed files (absolute paths anywhere in the site folder). */
    public synchronized Outcome update(Collection<Path> changedFiles) {
        long start = System.nanoTime();
        Set<Path> changes = new HashSet<>(pending);
        for (Path p : changedFiles) {
            changes.add(p.toAbsolutePath().normalize());
        }
        boolean full = fullPending || state == null || changes.stream().anyMatch(this::affectsEverything);
        Problems problems = new Problems();
        Optional<Built> built;
        try {
            built = full ? rebuildAll(problems) : rebuildMemos(changes, problems);
        } catch (UncheckedIOException e) {
            // a file vanished between listing and reading it (an editor's save): try again with the next change
            problems.error(layout.relative(layout.root()), e.getMessage() + ": " + e.getCause().getMessage(),
                    "save the file again");
            built = Optional.empty();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (built.isEmpty() || problems.hasErrors()) {
            pending.clear();
            pending.addAll(changes);
            fullPending = full;
            return new Outcome(false, full, 0, 0, Set.of(), millis, problems.sorted(), true);
        }
        pending.clear();
        fullPending = false;
        markdown.flush(); // the formulas and code this rebuild rendered, kept for the next serve or build
        state = built.get().state();
        return new Outcome(true, full, built.get().rendered(), state.site().memos().size(), built.get().changed(),
                millis, problems.sorted(), state.settled());
    }

    /**
     * After a body-only edit: renders everything else that depends on the edited memos (a feed
     * holding it, the search index), comparing the whole site as any other change does. Returns
     * an outcome with nothing rendered when there is nothing to settle.
     */
    public Outcome settle() {
        return settle(() -> false);
    }

    /**
     * {@link #settle()}, given up as soon as {@code newChanges} says more edits wait: they go
     * first, and the settling is done again after them. A given-up settle changes nothing and
     * returns an unsettled outcome.
     */
    public Outcome settle(BooleanSupplier newChanges) {
        long start = System.nanoTime();
        State s = state;
        if (s == null || s.settled()) {
            return new Outcome(true, false, 0, 0, Set.of(), 0, List.of(), true);
        }
        Problems problems = new Problems();
        Optional<Built> built;
        BooleanSupplier overtaken = () -> state != s || newChanges.getAsBoolean();
        try {
            built = finish(s, s.config(), s.parsed(), s.memos(), s.targets(), Set.of(), problems, overtaken);
        } catch (CancellationException e) {
            built = null;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (built != null && built.isEmpty()) {
            return new Outcome(false, false, 0, 0, Set.of(), millis, problems.sorted(), true);
        }
        synchronized (this) {
            if (built == null || state != s) {
                return new Outcome(true, false, 0, 0, Set.of(), millis, List.of(), false);
            }
            state = built.get().state();
        }
        return new Outcome(true, false, built.get().rendered(), built.get().state().site().memos().size(),
                built.get().changed(), millis, problems.sorted(), true);
    }

    /** Whether a change to {@code file} may change every page: settings, bibliography, theme, the memos folder itself. */
    private boolean affectsEverything(Path file) {
        return file.equals(layout.config()) || file.equals(layout.references()) || file.startsWith(layout.theme())
                || file.equals(layout.root()) || file.equals(layout.memos()) || file.equals(layout.staticFiles());
    }

    private record Built(State state, int rendered, Set<String> changed) {
    }

    private void useMacrosOf(Optional<SiteConfig> config) {
        Map<String, String> wanted = config.map(c -> c.math().macros()).orElse(Map.of());
        if (reader == null || !wanted.equals(macros)) {
            if (markdown != null) {
                markdown.close();
            }
            markdown = SiteBuilder.markdownRenderer(config, options);
            reader = new MemoReader(markdown, reader == null ? BodyResources.NONE : reader.resources());
            macros = wanted;
        }
    }

    private Optional<Built> rebuildAll(Problems problems) {
        Optional<SiteConfig> config = ConfigLoader.load(layout, problems);
        useMacrosOf(config);
        List<MemoSource> sources = SourceWalker.find(layout, problems);
        TreeMap<Path, ParsedMemo> parsed = new TreeMap<>();
        readAll(sources, parsed, problems);
        if (problems.hasErrors() || config.isEmpty()) {
            return Optional.empty();
        }
        // the bibliography is read by every full rebuild (a change to references.bib makes one)
        MemoReader withReferences = new MemoReader(markdown, SiteBuilder.bodyResources(layout, config, problems));
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        reader = withReferences;
        Map<String, MemoTarget> targets = targets(parsed);
        Map<Path, Memo> memos = new HashMap<>();
        renderBodies(parsed, parsed.keySet(), targets, memos, problems);
        return finish(state, config.get(), parsed, memos, targets, null, problems);
    }

    /** Re-reads the memos under the changed paths; copies changed static and bundle files. */
    private Optional<Built> rebuildMemos(Set<Path> changes, Problems problems) {
        State before = state;
        TreeMap<Path, ParsedMemo> parsed = new TreeMap<>(before.parsed());
        Set<Path> entries = new TreeSet<>();
        Set<String> changedKeys = new HashSet<>();
        for (Path file : changes) {
            if (file.startsWith(layout.memos()) && !file.equals(layout.memos())) {
                entries.add(layout.memos().resolve(layout.memos().relativize(file).getName(0)));
                changedKeys.add(Inputs.file(layout.relative(file)));
            } else if (file.startsWith(layout.staticFiles())) {
                changedKeys.add(Inputs.file(layout.relative(file)));
            }
        }
        List<MemoSource> sources = new ArrayList<>();
        for (Path entry : entries) {
            parsed.remove(entry);
            SourceWalker.entry(layout, entry).ifPresent(sources::add);
        }
        readAll(sources, parsed, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        if (parsed.isEmpty()) {
            return rebuildAll(problems); // reports the empty memos/ folder as a full build does
        }
        Optional<Built> fast = bodyOnly(before, entries, parsed, changes, problems);
        if (fast != null) {
            return fast;
        }
        Map<String, MemoTarget> targets = targets(parsed);
        Set<Path> toRender = new HashSet<>();
        for (Path entry : entries) {
            if (parsed.containsKey(entry)) {
                toRender.add(entry);
            }
        }
        toRender.addAll(linkingTo(changedTargets(before.targets(), targets), parsed));
        Map<Path, Memo> memos = new HashMap<>(before.memos());
        memos.keySet().retainAll(parsed.keySet());
        renderBodies(parsed, toRender, targets, memos, problems);
        return finish(before, before.config(), parsed, memos, targets, changedKeys, problems);
    }

    /**
     * Assembles the site, plans the output and renders what the changes touch; {@code changedKeys}
     * {@code null} renders everything.
     */
    private Optional<Built> finish(State before, SiteConfig config, TreeMap<Path, ParsedMemo> parsed, Map<Path, Memo> memos,
                                   Map<String, MemoTarget> targets, Set<String> changedKeys, Problems problems) {
        return finish(before, config, parsed, memos, targets, changedKeys, problems, () -> false);
    }

    /** @throws CancellationException when {@code cancel} says so, between steps or files */
    private Optional<Built> finish(State before, SiteConfig config, TreeMap<Path, ParsedMemo> parsed, Map<Path, Memo> memos,
                                   Map<String, MemoTarget> targets, Set<String> changedKeys, Problems problems,
                                   BooleanSupplier cancel) {
        List<Memo> all = new ArrayList<>();
        parsed.keySet().forEach(entry -> all.add(memos.get(entry)));
        DuplicateSlugs.check(all, problems);
        MemoRefs.check(all, problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        List<Memo> published = all.stream().filter(m -> options.drafts() || !m.draft()).toList();
        Site site = SiteAssembler.assemble(config, published);
        checkCancel(cancel);
        RenderContext ctx = RenderContext.of(site);
        PageRenderer pages = new PageRenderer(ctx);
        OutputPlan plan = OutputPlanner.plan(site, ctx, pages, layout);
        plan.reportProblems(problems);
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        checkCancel(cancel);
        Map<String, Entry> entries = plan.byPath();
        List<Entry> toWrite = new ArrayList<>();
        if (changedKeys == null || before == null) {
            toWrite.addAll(entries.values());
        } else {
            Set<String> keys = new HashSet<>(changedKeys);
            keys.addAll(MemoChanges.between(before.site().memos(), site.memos()));
            for (Entry entry : entries.values()) {
                Entry old = before.plan().get(entry.path());
                if (old == null || !Objects.equals(old.inputs(), entry.inputs()) || entry.dependsOnAny(keys)) {
                    toWrite.add(entry);
                }
            }
        }
        checkCancel(cancel);
        Map<String, byte[]> fresh = render(toWrite, cancel);
        Map<String, byte[]> previous = before == null ? Map.of() : before.files();
        Map<String, byte[]> files = new HashMap<>(previous);
        files.keySet().retainAll(entries.keySet());
        files.putAll(fresh);
        Set<String> changed = new TreeSet<>();
        for (String path : previous.keySet()) {
            if (!files.containsKey(path)) {
                changed.add(path);
            }
        }
        fresh.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, previous.get(path))) {
                changed.add(path);
            }
        });
        State next = new State(config, parsed, memos, targets, site, pages, entries, Collections.unmodifiableMap(files), true);
        return Optional.of(new Built(next, toWrite.size(), Collections.unmodifiableSet(changed)));
    }

    /**
     * The common case while writing: only the bodies of some memos changed (not their titles,
     * dates, tags or anything else a list or another page shows). Their pages are rendered at
     * once, with the site model as it was (a memo's page reads the rest of the site by slug, and
     * nothing it reads of the others changed), so that the page can reload without waiting for
     * the site to be reassembled. The state is then left unsettled: {@link #settle} reassembles
     * and renders whatever else depends on the bodies. Returns {@code null} when the change is
     * anything else.
     */
    private Optional<Built> bodyOnly(State before, Set<Path> entries, TreeMap<Path, ParsedMemo> parsed, Set<Path> changes,
                                     Problems problems) {
        if (entries.isEmpty()) {
            return null;
        }
        for (Path file : changes) {
            Path entry = file.startsWith(layout.memos()) && !file.equals(layout.memos())
                    ? layout.memos().resolve(layout.memos().relativize(file).getName(0)) : null;
            if (entry != null && !parsed.containsKey(entry) && !before.parsed().containsKey(entry)) {
                continue; // not a memo before or after: an editor's temporary file in memos/
            }
            if (entry == null || !parsed.containsKey(entry) || !before.parsed().containsKey(entry)
                    || !file.equals(parsed.get(entry).source().file())) {
                return null; // added, removed, a bundle's other files, static files...
            }
            if (!parsed.get(entry).target(options.drafts()).equals(before.parsed().get(entry).target(options.drafts()))) {
                return null;
            }
        }
        Map<Path, Memo> memos = new HashMap<>(before.memos());
        Problems own = new Problems();
        renderBodies(parsed, entries, before.targets(), memos, own);
        if (own.hasErrors()) {
            own.sorted().forEach(problems::add);
            return Optional.empty();
        }
        Map<String, Memo> pagesToRender = new TreeMap<>();
        for (Path entry : entries) {
            if (!parsed.containsKey(entry)) {
                continue;
            }
            Memo now = memos.get(entry);
            if (!MemoChanges.sameSummary(before.memos().get(entry), now)) {
                return null;
            }
            if (options.drafts() || !now.draft()) {
                pagesToRender.put(OutputPlanner.memoPagePath(now), now);
            }
        }
        own.sorted().forEach(problems::add);
        Map<String, byte[]> files = new HashMap<>(before.files());
        Set<String> changed = new TreeSet<>();
        pagesToRender.forEach((path, memo) -> {
            byte[] bytes = before.pages().memo(memo);
            if (!Arrays.equals(bytes, files.put(path, bytes))) {
                changed.add(path);
            }
        });
        State next = new State(before.config(), parsed, memos, before.targets(), before.site(), before.pages(), before.plan(),
                Collections.unmodifiableMap(files), false);
        return Optional.of(new Built(next, pagesToRender.size(), Collections.unmodifiableSet(changed)));
    }

    private void readAll(List<MemoSource> sources, TreeMap<Path, ParsedMemo> into, Problems problems) {
        List<Problems> own = sources.stream().map(s -> new Problems()).toList();
        List<Optional<ParsedMemo>> read = IntStream.range(0, sources.size()).parallel()
                .mapToObj(i -> reader.read(sources.get(i), own.get(i))).toList();
        for (int i = 0; i < sources.size(); i++) {
            own.get(i).sorted().forEach(problems::add);
            MemoSource source = sources.get(i);
            Path entry = source.isBundle() ? source.bundleDir() : source.file();
            read.get(i).ifPresent(parsed -> into.put(entry.toAbsolutePath().normalize(), parsed));
        }
    }

    private void renderBodies(TreeMap<Path, ParsedMemo> parsed, Set<Path> which, Map<String, MemoTarget> targets,
                              Map<Path, Memo> into, Problems problems) {
        List<Path> order = parsed.keySet().stream().filter(which::contains).toList();
        Map<Path, Problems> reported = new ConcurrentHashMap<>();
        Map<Path, Memo> rendered = new ConcurrentHashMap<>();
        order.parallelStream().forEach(entry -> {
            Problems own = new Problems();
            rendered.put(entry, reader.render(parsed.get(entry), targets, own));
            reported.put(entry, own);
        });
        for (Path entry : order) {
            reported.get(entry).sorted().forEach(problems::add);
            into.put(entry, rendered.get(entry));
        }
    }

    /** Every memo by lower-cased slug, as the second pass sees them; the first file wins a duplicate. */
    private Map<String, MemoTarget> targets(TreeMap<Path, ParsedMemo> parsed) {
        Map<String, MemoTarget> targets = new HashMap<>();
        for (ParsedMemo memo : parsed.values()) {
            targets.putIfAbsent(memo.slug().toLowerCase(Locale.ROOT), memo.target(options.drafts()));
        }
        return targets;
    }

    private static Set<String> changedTargets(Map<String, MemoTarget> before, Map<String, MemoTarget> after) {
        Set<String> changed = new HashSet<>();
        before.forEach((slug, target) -> {
            if (!target.equals(after.get(slug))) {
                changed.add(slug);
            }
        });
        after.forEach((slug, target) -> {
            if (!before.containsKey(slug)) {
                changed.add(slug);
            }
        });
        return changed;
    }

    /**
     * The memos whose bodies may link to one of {@code slugs}: those whose text names the slug at
     * all. A body refers to another memo by its slug, so this never misses one; a body that only
     * mentions the word is rendered again for nothing, which is cheap.
     */
    private static Set<Path> linkingTo(Set<String> slugs, TreeMap<Path, ParsedMemo> parsed) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        List<Pattern> patterns = slugs.stream()
                .map(s -> Pattern.compile(Pattern.quote(s), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        Set<Path> out = ConcurrentHashMap.newKeySet();
        parsed.entrySet().parallelStream().forEach(e -> {
            for (Pattern p : patterns) {
                if (p.matcher(e.getValue().body()).find()) {
                    out.add(e.getKey());
                    return;
                }
            }
        });
        return out;
    }

    private static void checkCancel(BooleanSupplier cancel) {
        if (cancel.getAsBoolean()) {
            throw new CancellationException();
        }
    }

    private static Map<String, byte[]> render(List<Entry> entries, BooleanSupplier cancel) {
        Map<String, byte[]> out = new ConcurrentHashMap<>();
        entries.parallelStream().forEach(entry -> {
            checkCancel(cancel);
            try {
                out.put(entry.path(), entry.copyFrom() != null ? Files.readAllBytes(entry.copyFrom()) : entry.renderer().render());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + entry.copyFrom(), e);
            }
        });
        return out;
    }
}
