package dev.quire.diag;

/**
 * Where a value was written, kept with it so that a problem found in a later stage (an alias
 * that collides with a page, a menu entry naming no page) is reported at the value itself.
 *
 * @param file the site-relative path, with forward slashes
 * @param line 1-based
 * @param column 1-based
 * @param sourceLine the text of that line, quoted under the message
 */
public record Place(String file, int line, int column, String sourceLine) {

    public static Place of(SourceText source, int line, int column) {
        return new Place(source.path(), line, column, source.line(line));
    }

    public Problem error(String message, String hint) {
        return Problem.error(file, line, column, message, hint, sourceLine);
    }

    public Problem warning(String message, String hint) {
        return Problem.warning(file, line, column, message, hint, sourceLine);
    }
}
