package dev.quire.cli;

import dev.quire.build.BuildOptions;
import dev.quire.build.BuildReport;
import dev.quire.build.SiteBuilder;
import dev.quire.diag.BuildFailedException;
import dev.quire.diag.ProblemPrinter;
import dev.quire.output.MemorySink;
import dev.quire.serve.PreviewServer;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code quire serve}: builds the site into memory and serves it on a local port. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build the site and serve it locally.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--port", defaultValue = "4000", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "the address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--drafts", description = "also build memos marked draft: true")
    boolean drafts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path siteDir = site.siteDir();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MemorySink sink = new MemorySink();
        try {
            BuildReport report = new SiteBuilder().build(new BuildOptions(siteDir, siteDir.resolve("_site"), drafts), sink);
            ProblemPrinter.print(report.warnings(), err);
            out.println(report.summary());
        } catch (BuildFailedException e) {
            ProblemPrinter.print(e.problems(), err);
            return ExitCodes.PROBLEMS;
        }
        PreviewServer server;
        try {
            server = new PreviewServer(host, port, sink.files());
        } catch (BindException e) {
            err.printf("error: port %d on %s is in use%n  hint: stop the other server, or pass --port 0 to take a free port%n", port, host);
            return ExitCodes.USAGE;
        }
        server.start();
        out.printf("serving %s at http://%s:%d/ (Ctrl-C to stop)%n", siteDir, host, server.port());
        out.flush();
        new CountDownLatch(1).await();
        return ExitCodes.OK;
    }
}
