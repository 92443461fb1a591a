package dev.quire.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver for the browser tests, named explicitly: Selenium Manager
 * would try to download a browser, and the test machines reach no network. The flags keep
 * Chromium from reaching out on its own (updates, sync, QUIC probes).
 */
public final class Chromium {
    public static final Path BINARY = Path.of(System.getProperty("quire.chromium", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(System.getProperty("quire.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Whether the browser and its driver are installed; says so when they are not. */
    public static boolean available() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return true;
        }
        System.err.println("NOTICE: browser tests skipped: no " + BINARY + " or " + DRIVER
                + " (install Debian chromium and chromium-driver to run them)");
        return false;
    }

    /** Headless options with a fresh profile, plus {@code extra} flags. */
    public static ChromeOptions options(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("quire-chromium")));
        args.addAll(List.of(extra));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(args);
        return options;
    }

    public static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }
}
