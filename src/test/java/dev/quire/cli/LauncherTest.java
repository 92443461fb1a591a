package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code quire} launcher script, run by bash in a copy of the checkout whose jar is a probe
 * that prints its arguments: it finds its checkout through symbolic links on the PATH, and shows
 * what Maven is doing while it builds the jar (here a stand-in {@code mvn} on the PATH).
 */
class LauncherTest {
    @TempDir
    Path dir;

    private Path checkout;
    private Path probeJar;

    @BeforeEach
    void copyTheCheckout() throws IOException {
        checkout = dir.resolve("checkout");
        Files.createDirectories(checkout.resolve("src/main"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.copy(Path.of("quire"), checkout.resolve("quire"));
        probeJar = dir.resolve("probe.jar");
        writeProbeJar(probeJar);
        Path jar = checkout.resolve("target/quire.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(probeJar, jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000)); // newer than the sources
    }

    @Test
    void worksThroughSymbolicLinksOnThePath() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("quire"), checkout.resolve("quire"));
        // a relative link to that link, from another folder: each hop is resolved from where it stands
        Path other = Files.createDirectories(dir.resolve("other/bin"));
        Files.createSymbolicLink(other.resolve("q"), Path.of("../../bin/quire"));

        Result viaPath = run(List.of("quire", "build", "my notes"), bin);
        assertThat(viaPath.err()).isEmpty();
        assertThat(viaPath.out()).isEqualTo("probe: build my notes\n");
        assertThat(viaPath.code()).isZero();

        Result chained = run(List.of("q", "--version"), other);
        assertThat(chained.out()).isEqualTo("probe: --version\n");
        assertThat(chained.code()).isZero();
    }

    @Test
    void showsProgressWhileMavenBuildsTheJar() throws Exception {
        Files.delete(checkout.resolve("target/quire.jar"));
        Path fakeBin = Files.createDirectories(dir.resolve("fake-maven"));
        Path mvn = fakeBin.resolve("mvn");
        Files.writeString(mvn, """
                #!/usr/bin/env bash
                echo "[INFO] Scanning for projects..."
                echo "Downloading from central: https://repo.maven.apache.org/maven2/a/a.pom"
                echo "Downloaded from central: https://repo.maven.apache.org/maven2/a/a.pom (2 kB at 10 kB/s)"
                echo "[INFO] --- jte:3.2.5:precompile (default) @ quire ---"
                echo "[INFO] --- compiler:3.13.0:compile (default-compile) @ quire ---"
                echo "[INFO] Compiling 250 source files with javac"
                echo "[INFO] --- shade:3.6.0:shade (default) @ quire ---"
                mkdir -p target && cp "%s" target/quire.jar
                echo "[INFO] BUILD SUCCESS"
                """.formatted(probeJar));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result first = run(List.of(checkout.resolve("quire").toString(), "stats"), fakeBin);
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo("probe: stats\n");
        assertThat(first.err()).startsWith("quire: building the jar with Maven (the first time takes a few minutes; log in "
                        + checkout.toRealPath().resolve("target/quire-build.log") + ")\n"
                        + "quire:   jte:3.2.5:precompile (default)\n"
                        + "quire:   compiler:3.13.0:compile (default-compile)\n"
                        + "quire:   shade:3.6.0:shade (default)\n"
                        + "quire:   downloaded 1 files\n"
                        + "quire: built target/quire.jar in ")
                .endsWith(" s\n");
        assertThat(checkout.resolve("target/quire-build.log")).content().contains("[INFO] Compiling 250 source files", "BUILD SUCCESS");

        Result second = run(List.of(checkout.resolve("quire").toString(), "stats"), fakeBin);
        assertThat(second.err()).isEmpty(); // the jar is up to date: no Maven
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs {@code command} by bash with {@code pathFirst} at the front of the PATH, from an unrelated folder. */
    private Result run(List<String> command, Path pathFirst) throws Exception {
        Path work = Files.createDirectories(dir.resolve("elsewhere"));
        // through a shell, as a user types it: the shell looks the name up on the PATH given here
        List<String> shell = new java.util.ArrayList<>(List.of("bash", "-c", "exec \"$@\"", "bash"));
        shell.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(shell).directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.put("PATH", pathFirst + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.remove("QUIRE_JAVA_OPTS");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A jar whose main class is {@link LauncherProbe}. */
    private static void writeProbeJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
        String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream in = LauncherProbe.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(in.readAllBytes());
            out.closeEntry();
        }
    }
}
