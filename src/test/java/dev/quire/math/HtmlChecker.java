package dev.quire.math;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker, offline, for one document at a time: its errors, warnings left out. */
final class HtmlChecker {
    private static final List<String> MESSAGES = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    private HtmlChecker() {
    }

    static synchronized List<String> errors(String html) throws Exception {
        if (validator == null) {
            ErrorHandler handler = new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    MESSAGES.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    MESSAGES.add(e.getMessage());
                }
            };
            validator = new SimpleDocumentValidator();
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, true, false);
        }
        MESSAGES.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setSystemId("https://notes.example.org/corpus.html");
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return List.copyOf(MESSAGES);
    }
}
