// Evaluated after katex.min.js in each runtime (V8 or GraalJS). Java calls
// quireRenderMath(tex, display, macrosJson) and receives a string: KaTeX's HTML, or, when KaTeX
// fails, "\u0000" + kind + "\u0000" + position + "\u0000" + message, kind being "parse" for TeX
// that KaTeX cannot parse (position: its offset in the TeX, or -1) and "fail" for any other error
// (a stack overflow on a deeply nested formula, a bug). Errors become text here, in the script,
// so that every engine words them alike.
// The macros are parsed anew on every call because KaTeX writes \gdef definitions into the object.
function quireRenderMath(tex, display, macrosJson) {
  try {
    return katex.renderToString(tex, {
      displayMode: display,
      output: 'htmlAndMathml',
      throwOnError: true,
      strict: 'ignore',
      macros: JSON.parse(macrosJson)
    });
  } catch (e) {
    if (e instanceof katex.ParseError) {
      var position = typeof e.position === 'number' ? e.position : -1;
      return '\u0000parse\u0000' + position + '\u0000' + (e.rawMessage || String(e.message));
    }
    return '\u0000fail\u0000-1\u0000' + String(e);
  }
}
