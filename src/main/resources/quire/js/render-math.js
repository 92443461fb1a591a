// Evaluated after katex.min.js in each context. Java calls quireRenderMath(tex, display, macrosJson)
// and receives {html} or, for TeX that KaTeX cannot parse, {error, position}.
// The macros are parsed anew on every call because KaTeX writes \gdef definitions into the object.
function quireRenderMath(tex, display, macrosJson) {
  try {
    return {
      html: katex.renderToString(tex, {
        displayMode: display,
        output: 'htmlAndMathml',
        throwOnError: true,
        strict: 'ignore',
        macros: JSON.parse(macrosJson)
      })
    };
  } catch (e) {
    if (e instanceof katex.ParseError) {
      return { error: e.rawMessage || String(e.message), position: typeof e.position === 'number' ? e.position : -1 };
    }
    throw e;
  }
}
