package dev.quire.markdown.reference;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where an image written in a memo is published from, and its size. A page lives at
 * {@code memos/slug/}, so a relative path is a file of the memo's bundle (bundle files are
 * published beside the page) or, once it leaves that folder, a file of {@code static/}; a path
 * from the root ({@code /img/x.png}) is a file of {@code static/}.
 */
final class ImageFiles {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//");
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*$");
    private static final XMLInputFactory XML = xmlFactory();

    private ImageFiles() {
    }

    /** A local image's source: the path the browser asks for, and the file it must come from. */
    record Local(String path, Path file) {
    }

    static boolean isRemote(String destination) {
        return SCHEME.matcher(destination).find();
    }

    /**
     * The file behind {@code destination} (not remote), or empty when it points outside the site.
     *
     * @param pagePath the memo page's site path, e.g. {@code memos/adam-warmup/}
     * @param bundleDir the memo's bundle folder, null for a single-file memo
     */
    static Optional<Local> locate(String destination, String pagePath, Path bundleDir, Path staticDir) {
        String path = destination.replaceFirst("[?#].*$", "");
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        String site = path.startsWith("/") ? path.substring(1) : pagePath + path;
        Path normal = Path.of(site).normalize();
        if (normal.startsWith("..") || normal.toString().isEmpty()) {
            return Optional.empty();
        }
        String published = normal.toString().replace('\\', '/');
        if (bundleDir != null && !path.startsWith("/") && published.startsWith(pagePath)) {
            return Optional.of(new Local(published, bundleDir.resolve(published.substring(pagePath.length()))));
        }
        return Optional.of(new Local(published, staticDir.resolve(published)));
    }

    /** Width and height in CSS pixels, or empty when the file does not say cheaply. */
    static Optional<int[]> size(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".svg") ? svgSize(file) : rasterSize(file);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty(); // a size is a nicety; an unreadable image is still published
        }
    }

    /** Reads only the header: ImageIO's readers decode the size without the pixels. */
    private static Optional<int[]> rasterSize(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        }
    }

    /** The root element's width and height in pixels, else its viewBox's. */
    private static Optional<int[]> svgSize(Path file) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        return svgRoot(xml.getAttributeValue(null, "width"), xml.getAttributeValue(null, "height"),
                                xml.getAttributeValue(null, "viewBox"));
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        }
    }

    private static Optional<int[]> svgRoot(String width, String height, String viewBox) {
        Matcher w = width == null ? null : NUMBER.matcher(width);
        Matcher h = height == null ? null : NUMBER.matcher(height);
        if (w != null && h != null && w.matches() && h.matches()) {
            return Optional.of(new int[] {(int) Math.round(Double.parseDouble(w.group(1))), (int) Math.round(Double.parseDouble(h.group(1)))});
        }
        if (viewBox != null) {
            String[] parts = viewBox.trim().split("[\\s,]+");
            if (parts.length == 4) {
                return Optional.of(new int[] {(int) Math.round(Double.parseDouble(parts[2])), (int) Math.round(Double.parseDouble(parts[3]))});
            }
        }
        return Optional.empty();
    }

    private static XMLInputFactory xmlFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
