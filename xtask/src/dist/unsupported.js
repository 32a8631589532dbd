// Runs only where module scripts are unknown (very old browsers): say so
// instead of showing a blank page. ES3 on purpose.
(function () {{
  function show() {{
    var box = document.createElement('div');
    box.className = 'unsupported';
    box.appendChild(document.createTextNode('{message}'));
    document.body.appendChild(box);
  }}
  if (document.body) {{ show(); }} else {{ window.onload = show; }}
}})();
