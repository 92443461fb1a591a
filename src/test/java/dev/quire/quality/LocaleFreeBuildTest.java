package dev.quire.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example site built in child JVMs under other locales (Turkish, German, and the C locale
 * through {@code LANG}) is byte-identical to its build under {@code en_US}, and {@code quire
 * check} passes under Turkish. A child JVM is needed because the default locale is read once,
 * at start-up, by the libraries Quire uses.
 *
 * <p>Each build has a cache of its own, empty at first, so that no locale reuses a formula or a
 * body rendered under another, as each build's timings confirm.
 */
class LocaleFreeBuildTest {
    private static final Path EXAMPLE = Path.of("example").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theExampleIsTheSameUnderEveryLocale() throws Exception {
        Map<String, byte[]> reference = build("en_US", List.of("-Duser.language=en", "-Duser.country=US"), Map.of());
        Map<String, byte[]> turkish = build("tr_TR", List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of());
        Map<String, byte[]> german = build("de_DE", List.of("-Duser.language=de", "-Duser.country=DE"), Map.of());
        Map<String, byte[]> posix = build("C", List.of(), Map.of("LANG", "C", "LC_ALL", "C"));

        // the case that showed it: "I" lower-cased under Turkish rules is a dotless ı
        assertThat(text(turkish, "memos/probe-control-tasks/index.html")).contains("id=\"what-i-changed-in-my-practice\"");
        assertSameFiles(turkish, reference, "tr_TR");
        assertSameFiles(german, reference, "de_DE");
        assertSameFiles(posix, reference, "C");

        copy(dir.resolve("cache-tr_TR"), dir.resolve("tr_TR/.quire-cache"));
        Run check = quire(dir.resolve("tr_TR"), List.of("-Duser.language=tr", "-Duser.country=TR"), Map.of(), "check", ".");
        assertThat(check.exitCode).as(check.output).isZero();
        assertThat(check.output).contains("no problems");
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected, String locale) {
        assertThat(actual.keySet()).as("files built under " + locale).containsExactlyElementsOf(expected.keySet());
        List<String> differing = new ArrayList<>();
        expected.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, actual.get(path))) {
                differing.add(path);
            }
        });
        assertThat(differing).as("files that differ under " + locale).isEmpty();
    }

    private Map<String, byte[]> build(String name, List<String> jvmArgs, Map<String, String> env) throws Exception {
        Path site = dir.resolve(name);
        for (String part : List.of("memos", "quire.yml", "references.bib")) {
            copy(EXAMPLE.resolve(part), site.resolve(part));
        }
        Run run = quire(site, jvmArgs, env, "build", ".", "--cache", dir.resolve("cache-" + name).toString(), "--timings");
        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("bodies: 0 cached");
        return files(site.resolve("_site"));
    }

    private record Run(int exitCode, String output) {
    }

    private static Run quire(Path workDir, List<String> jvmArgs, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.quire.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f));
            }
        }
        return files;
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
