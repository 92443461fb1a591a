// A "Copy" button on each code block. Progressive enhancement: without this script, or where
// the Clipboard API is missing, the code is there to select as on any page.
(function () {
  'use strict';
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll('pre > code').forEach(function (code) {
    var pre = code.parentElement;
    var block = document.createElement('div');
    block.className = 'code-block';
    pre.parentNode.insertBefore(block, pre);
    block.appendChild(pre);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = 'Copied';
      }, function () {
        button.textContent = 'Copy failed';
      }).then(function () {
        setTimeout(function () { button.textContent = 'Copy'; }, 1600);
      });
    });
    block.appendChild(button);
  });
})();
