// Scripts that go wrong on purpose, for JsEngineFailureTest.
function quireThrow(message) {
  throw new TypeError(message);
}
function quireRecurse(depth) {
  return depth === 0 ? 'bottom' : quireRecurse(depth - 1);
}
function quireExhaustMemory() {
  var kept = [];
  for (var i = 0; ; i++) {
    kept.push(new Array(1000000).fill(i));
  }
}
function quireEcho(text) {
  return text;
}
