package dev.quire.pipeline;

import dev.quire.content.Memo;
import dev.quire.diag.Problems;
import dev.quire.output.OutputSink;
import dev.quire.source.SiteLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The common case while writing: only the bodies of some memos changed (not their titles, dates,
 * tags or anything else a list or another page shows). Their pages are rendered at once, with
 * the site model as it was (a memo's page reads the rest of the site by slug, and nothing it
 * reads of the others changed), so that the page can reload without waiting for the site to be
 * reassembled. The state is then left unsettled: {@link Pipeline#settle} reassembles and renders
 * whatever else depends on the bodies.
 */
final class BodyEdit {
    private BodyEdit() {
    }

    /** The state after the edit, empty on errors, or {@code null} when the change is anything else. */
    static Optional<PipelineState> apply(PipelineState before, Set<Path> entries, TreeMap<Path, ParsedMemo> parsed,
                                         Set<Path> changes, MemoReader reader, SiteLayout layout, boolean drafts,
                                         OutputSink sink, Problems problems) {
        if (entries.isEmpty() || !onlyMemoFilesChanged(before, parsed, changes, layout, drafts)) {
            return null;
        }
        Map<Path, Memo> memos = new HashMap<>(before.memos());
        Problems own = new Problems();
        MemoStage.render(reader, parsed, entries, before.targets(), memos, own);
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
            if (drafts || !now.draft()) {
                pagesToRender.put(OutputPlanner.memoPagePath(now), now);
            }
        }
        own.sorted().forEach(problems::add);
        pagesToRender.forEach((path, memo) -> {
            try {
                sink.write(path, before.pages().memo(memo));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path, e);
            }
        });
        return Optional.of(new PipelineState(before.config(), parsed, memos, before.targets(), before.site(), before.pages(),
                before.plan(), before.search(), false, pagesToRender.size()));
    }

    /**
     * Whether every changed file is a memo's own Markdown file, there before and after, with the
     * same title, path and publication: anything else (a memo added or removed, a bundle's other
     * files, static files) goes the general way. An editor's temporary file in {@code memos/}
     * that is no memo before or after is ignored.
     */
    private static boolean onlyMemoFilesChanged(PipelineState before, TreeMap<Path, ParsedMemo> parsed, Set<Path> changes,
                                                SiteLayout layout, boolean drafts) {
        for (Path file : changes) {
            Path entry = MemoStage.entryOf(layout, file);
            if (entry != null && !parsed.containsKey(entry) && !before.parsed().containsKey(entry)) {
                continue;
            }
            if (entry == null || !parsed.containsKey(entry) || !before.parsed().containsKey(entry)
                    || !file.equals(parsed.get(entry).source().file())) {
                return false;
            }
            if (!parsed.get(entry).target(drafts).equals(before.parsed().get(entry).target(drafts))) {
                return false;
            }
        }
        return true;
    }
}
