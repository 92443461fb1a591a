package dev.quire.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quire.diag.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code quire check --format json}: the problems as one JSON object, for editors and scripts.
 * Lines and columns are 1-based, 0 when a problem concerns a whole file.
 *
 * <pre>
 * {"errors": 1, "warnings": 0, "memos": 15, "pages": 52, "links": 1200,
 *  "problems": [{"severity": "error", "file": "memos/a.md", "line": 4, "column": 7,
 *                "message": "...", "hint": "...", "source": "..."}]}
 * </pre>
 */
public final class ProblemJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProblemJson() {
    }

    public static String of(SiteCheck.Result result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("errors", result.errors());
        root.put("warnings", result.warnings());
        root.put("memos", result.memos());
        root.put("pages", result.pages());
        root.put("links", result.links());
        root.put("problems", result.problems().stream().map(ProblemJson::entry).toList());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plain maps as JSON", e); // a defect
        }
    }

    private static Map<String, Object> entry(Problem p) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("severity", p.severity().label());
        map.put("file", p.file());
        map.put("line", p.line());
        map.put("column", p.line() > 0 ? Math.max(p.column(), 1) : 0);
        map.put("message", p.message());
        map.put("hint", p.hint());
        map.put("source", p.sourceLine());
        return map;
    }

}
