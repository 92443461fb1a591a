package dev.quire.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.ExampleSite;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's validator, run offline in this process) reports no error on any
 * page of the example site, nor of the fixture with pages beyond memos ({@code sites/custom}). Warnings are not failures; errors are listed with their line.
 */
class HtmlValidityTest {
    private static Map<String, byte[]> site;
    private static SimpleDocumentValidator validator;
    private static final Collector ERRORS = new Collector();

    @BeforeAll
    static void build() throws Exception {
        site = ExampleSite.build();
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", ERRORS);
        validator.setUpValidatorAndParsers(ERRORS, true, false);
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        List<String> pages = site.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList();
        assertThat(pages).hasSizeGreaterThan(30);
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
            List<String> errors = check(page);
            assertThat(errors).as("Nu checker errors in " + page).isEmpty();
        }));
    }

    /** The fixture with pages, a publications page, a series and redirects: each of its pages too. */
    @TestFactory
    Stream<DynamicTest> everyPageOfThePagesFixtureIsValidHtml() throws Exception {
        java.nio.file.Path fixture = java.nio.file.Path.of("src/test/resources/sites/custom").toAbsolutePath();
        dev.quire.output.MemorySink sink = new dev.quire.output.MemorySink();
        // formulas and code cached under target/, shared with the browser test of the same fixture
        new dev.quire.pipeline.SiteBuilder().build(new dev.quire.pipeline.BuildOptions(fixture, fixture.resolve("_site"), false,
                java.nio.file.Path.of("target/test-cache/custom").toAbsolutePath()), sink);
        Map<String, byte[]> files = sink.files();
        List<String> pages = files.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList();
        assertThat(pages).contains("about/index.html", "publications/index.html", "series/scaling-laws-step-by-step/index.html",
                "2026/02/data-limited.html");
        return pages.stream().map(page -> DynamicTest.dynamicTest("custom: " + page, () ->
                assertThat(check(page, files.get(page))).as("Nu checker errors in " + page).isEmpty()));
    }

    /** The checker is really running, schema included: an unknown attribute and a misplaced element fail. */
    @Test
    void theCheckerReportsErrors() throws Exception {
        byte[] bad = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p foo=bar>a</p><ul><p>x</p></ul></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(check("bad.html", bad)).containsExactly(
                "1:75: Attribute “foo” not allowed on element “p” at this point.",
                "1:87: Element “p” not allowed as child of element “ul” in this context. (Suppressing further errors from this subtree.)");
    }

    private static List<String> check(String page) throws Exception {
        return check(page, site.get(page));
    }

    private static synchronized List<String> check(String page, byte[] html) throws Exception {
        ERRORS.messages.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setSystemId("https://notes.example.org/" + page);
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return List.copyOf(ERRORS.messages);
    }

    /** Errors and fatal errors as "line:column: message"; warnings are dropped. */
    private static final class Collector implements ErrorHandler {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
