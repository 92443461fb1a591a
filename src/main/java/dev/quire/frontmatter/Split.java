package dev.quire.frontmatter;

/**
 * A memo file cut into its YAML front matter and its Markdown body.
 *
 * @param yamlFirstLine the file line (1-based) on which the YAML text starts
 * @param bodyFirstLine the file line (1-based) on which the body starts
 */
public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}
