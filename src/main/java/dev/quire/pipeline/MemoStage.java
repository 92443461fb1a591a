package dev.quire.pipeline;

import dev.quire.content.Memo;
import dev.quire.diag.Problems;
import dev.quire.markdown.MemoTarget;
import dev.quire.source.MemoSource;
import dev.quire.source.SiteLayout;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The memo stage: files to {@link Memo}s, in the two parallel passes of {@link MemoReader}
 * (front matter first, then bodies once every slug is known). Each memo reports into its own
 * list of problems, merged in source order, so output never depends on thread timing.
 *
 * <p>Memos are keyed by their entry in {@code memos/}: the file, or the bundle's folder.
 */
final class MemoStage {
    private MemoStage() {
    }

    /** First pass: reads {@code sources} into {@code into}, by entry. */
    static void read(MemoReader reader, List<MemoSource> sources, TreeMap<Path, ParsedMemo> into, Problems problems) {
        List<Reported<Optional<ParsedMemo>>> read = sources.parallelStream()
                .map(source -> Reported.of(own -> reader.read(source, own)))
                .toList();
        for (int i = 0; i < sources.size(); i++) {
            read.get(i).problems().sorted().forEach(problems::add);
            MemoSource source = sources.get(i);
            read.get(i).value().ifPresent(parsed -> into.put(entryOf(source), parsed));
        }
    }

    /** Second pass: renders the bodies of the entries in {@code which} into {@code into}. */
    static void render(MemoReader reader, TreeMap<Path, ParsedMemo> parsed, Collection<Path> which,
                       Map<String, MemoTarget> targets, Map<Path, Memo> into, Problems problems) {
        Set<Path> wanted = new HashSet<>(which);
        List<Path> order = parsed.keySet().stream().filter(wanted::contains).toList();
        List<Reported<Memo>> rendered = reader.inParallel(order,
                entry -> Reported.of(own -> named(parsed.get(entry), () -> reader.render(parsed.get(entry), targets, own))));
        for (int i = 0; i < order.size(); i++) {
            rendered.get(i).problems().sorted().forEach(problems::add);
            into.put(order.get(i), rendered.get(i).value());
        }
    }

    /** Runs {@code work} for {@code memo}; a defect in it names the memo, so that the one-line error says where to look. */
    private static <T> T named(ParsedMemo memo, Supplier<T> work) {
        try {
            return work.get();
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("failed to render " + memo.source().relativePath(), e);
        }
    }

    /** The entry of {@code memos/} a changed file belongs to (the file, or its bundle's folder); null outside memos/. */
    static Path entryOf(SiteLayout layout, Path changedFile) {
        Path memos = layout.memos();
        return changedFile.startsWith(memos) && !changedFile.equals(memos)
                ? memos.resolve(memos.relativize(changedFile).getName(0)) : null;
    }

    static Path entryOf(MemoSource source) {
        return (source.isBundle() ? source.bundleDir() : source.file()).toAbsolutePath().normalize();
    }

    /** Every memo by lower-cased slug, as the second pass sees them; the first file wins a duplicate. */
    static Map<String, MemoTarget> targets(TreeMap<Path, ParsedMemo> parsed, boolean drafts) {
        Map<String, MemoTarget> targets = new HashMap<>();
        for (ParsedMemo memo : parsed.values()) {
            targets.putIfAbsent(memo.slug().toLowerCase(Locale.ROOT), memo.target(drafts));
        }
        return targets;
    }

    /**
     * Adds a target for each memo that failed to read, under its file name's slug, so that a
     * {@code [[link]]} to it is not a second error: the memo's own error is the one to fix, and
     * it fails the build by itself.
     */
    static void standIns(List<MemoSource> sources, TreeMap<Path, ParsedMemo> parsed, Map<String, MemoTarget> targets) {
        for (MemoSource source : sources) {
            if (!parsed.containsKey(entryOf(source))) {
                String slug = source.nameSlug();
                targets.putIfAbsent(slug.toLowerCase(Locale.ROOT), new MemoTarget(slug, slug, Memo.pathOf(slug), false));
            }
        }
    }

    /** The slugs whose target (title, path, whether published) differs, or that came or went. */
    static Set<String> changedTargets(Map<String, MemoTarget> before, Map<String, MemoTarget> after) {
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
    static Set<Path> linkingTo(Set<String> slugs, TreeMap<Path, ParsedMemo> parsed) {
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

    /** The memos in entry order, as the site model takes them. */
    static List<Memo> inOrder(TreeMap<Path, ParsedMemo> parsed, Map<Path, Memo> memos) {
        List<Memo> all = new ArrayList<>(parsed.size());
        parsed.keySet().forEach(entry -> all.add(memos.get(entry)));
        return all;
    }

    /** A result and the problems found while computing it. */
    private record Reported<T>(T value, Problems problems) {
        static <T> Reported<T> of(Function<Problems, T> work) {
            Problems own = new Problems();
            return new Reported<>(work.apply(own), own);
        }
    }
}
