// Evaluated after highlight.min.js and the extra grammars in each context. Java calls
// quireHighlight(code, language) and receives the highlighted HTML, or null when the language
// is not one highlight.js knows (the block is then written as plain, escaped text).
function quireHighlight(code, language) {
  if (!hljs.getLanguage(language)) {
    return null;
  }
  return hljs.highlight(code, { language: language, ignoreIllegals: true }).value;
}
