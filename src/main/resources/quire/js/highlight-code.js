// Evaluated after highlight.min.js and the extra grammars in each runtime (V8 or GraalJS). Java
// calls quireHighlight(code, language) and receives the highlighted HTML, or null when the
// language is not one highlight.js knows or its grammar fails on this code (the block is then
// written as plain, escaped text).
function quireHighlight(code, language) {
  if (!hljs.getLanguage(language)) {
    return null;
  }
  try {
    return hljs.highlight(code, { language: language, ignoreIllegals: true }).value;
  } catch (e) {
    return null;
  }
}
