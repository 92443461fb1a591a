package dev.quire.markdown.reference;

import dev.quire.markdown.BodyContext;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Image;

/**
 * Checks that every local image of a body is a file where the page will ask for it, with a hint
 * saying where it was expected, and gives each figure its image's size.
 */
final class LocalImages {
    private final BodyContext context;

    LocalImages(BodyContext context) {
        this.context = context;
    }

    /** Local images must exist where the page will ask for them; figures get their size. */
    void check(List<Image> images, List<Figure> figures) {
        if (context.resources().staticDir() == null || context.self() == null) {
            return;
        }
        Map<Image, Figure> figureOf = new HashMap<>();
        figures.forEach(f -> figureOf.put(f.image(), f));
        for (Image image : images) {
            String destination = image.getDestination();
            if (destination.isEmpty() || ImageFiles.isRemote(destination)) {
                continue;
            }
            String page = context.self().path();
            Optional<ImageFiles.Local> local = ImageFiles.locate(destination, page, context.bundleDir(), context.resources().staticDir());
            if (local.isEmpty() || !Files.isRegularFile(local.get().file())) {
                context.error(image, "image file '" + destination + "' not found", missingImageHint(destination, local));
                continue;
            }
            Figure figure = figureOf.get(image);
            if (figure != null) {
                ImageFiles.size(local.get().file()).ifPresent(size -> {
                    figure.width = size[0];
                    figure.height = size[1];
                });
            }
        }
    }

    private String missingImageHint(String destination, Optional<ImageFiles.Local> local) {
        if (local.isEmpty()) {
            return "the path leaves the site; put the image in static/ and write it from the root, e.g. /images/plot.png";
        }
        String published = local.get().path();
        if (destination.startsWith("/") || context.bundleDir() == null && !published.startsWith(context.self().path())) {
            return "expected at static/" + published;
        }
        if (context.bundleDir() == null) {
            return "a single-file memo's page is " + context.self().path() + "; make the memo a bundle ("
                    + context.self().path() + "index.md with the image beside it), or put the image in static/ and write /"
                    + destination;
        }
        return "expected beside the memo, at " + relative(local.get());
    }

    private String relative(ImageFiles.Local local) {
        String source = context.source().path();
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        return folder + local.path().substring(context.self().path().length());
    }
}
