package dev.quire.cli;

import dev.quire.pipeline.BuildOptions;
import dev.quire.serve.LivePreview;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quire serve}: builds the site into memory, serves it on a local port, and rebuilds what a
 * change touches as files are saved, reloading open pages.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build the site and serve it locally.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    JsEngineOption engine;

    @Option(names = "--port", defaultValue = "4000", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--drafts", description = "also build memos marked draft: true")
    boolean drafts;

    @Option(names = "--timings", description = "print the time each stage of every rebuild took")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path siteDir = site.siteDir();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LivePreview preview;
        try {
            preview = LivePreview.start(new BuildOptions(siteDir, siteDir.resolve("_site"), drafts).withJsEngine(engine.kind), host, port, out, err, timings);
        } catch (BindException e) {
            if (port == 0) {
                err.printf(Locale.ROOT, "error: cannot listen on %s: %s%n  hint: check --host%n", host, e.getMessage());
            } else {
                err.printf(Locale.ROOT, "error: port %d on %s is in use%n  hint: stop the other server, or pass --port 0 to take any free port%n",
                        port, host);
            }
            return ExitCodes.PROBLEMS;
        }
        out.printf(Locale.ROOT, "serving %s at http://%s:%d%s (Ctrl-C to stop)%n", siteDir, host.contains(":") ? "[" + host + "]" : host,
                preview.port(), preview.basePath());
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (java.io.IOException e) {
                // stopping anyway
            }
        }));
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }
}
