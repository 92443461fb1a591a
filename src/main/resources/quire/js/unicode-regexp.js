// Evaluated first in every runtime, after the table quireUnicodeClasses (property name -> the
// class of its code points, written with \u{...}). A u regular expression that names a Unicode
// property (\p{L}) is compiled with the property written out, for V8 as Javet builds it has no
// ICU and knows none; its source stays as written, because highlight.js reads sources back and
// compiles them again (without u, where \p is a plain "p", to count groups).
(function () {
  var NativeRegExp = RegExp;
  globalThis.quireNativeRegExp = NativeRegExp; // UnicodeClassesTest compares the engine's own \p{...} with the table
  var classes = quireUnicodeClasses;

  function expand(pattern) {
    var out = '';
    var inClass = false;
    for (var i = 0; i < pattern.length; i++) {
      var c = pattern.charAt(i);
      if (c === '\\') {
        var close = pattern.indexOf('}', i);
        var name = pattern.charAt(i + 1) === 'p' && pattern.charAt(i + 2) === '{' && close > 0 ? pattern.substring(i + 3, close) : null;
        if (name !== null && Object.prototype.hasOwnProperty.call(classes, name)) {
          out += inClass ? classes[name] : '[' + classes[name] + ']';
          i = close;
        } else {
          out += c + pattern.charAt(i + 1);
          i++;
        }
        continue;
      }
      if (c === '[') {
        inClass = true;
      } else if (c === ']') {
        inClass = false;
      }
      out += c;
    }
    return out;
  }

  function QuireRegExp(pattern, flags) {
    if (typeof pattern === 'string' && typeof flags === 'string' && flags.indexOf('u') >= 0 && pattern.indexOf('\\p{') >= 0) {
      var re = new NativeRegExp(expand(pattern), flags);
      Object.defineProperty(re, 'source', { value: pattern });
      return re;
    }
    return flags === undefined ? new NativeRegExp(pattern) : new NativeRegExp(pattern, flags);
  }
  QuireRegExp.prototype = NativeRegExp.prototype;
  globalThis.RegExp = QuireRegExp;
})();
