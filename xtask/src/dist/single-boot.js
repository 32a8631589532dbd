(function () {{
  function fail(detail) {{
    var box = document.createElement('div');
    box.className = 'unsupported';
    box.setAttribute('role', 'alert');
    box.textContent = '{message}' + (detail ? '（' + detail + '）' : '');
    document.body.appendChild(box);
  }}
  if (typeof WebAssembly !== 'object') {{
    fail('浏览器不支持 WebAssembly');
    return;
  }}
  var text = atob(document.getElementById('gongwen-wasm').textContent.trim());
  var bytes = new Uint8Array(text.length);
  for (var i = 0; i < text.length; i++) {{
    bytes[i] = text.charCodeAt(i);
  }}
  WebAssembly.compile(bytes)
    .then(function (module) {{
      // Very large drafts are checked in a worker: the glue above and the
      // compiled module, handed over in memory (nothing is fetched).
      window.gongwenWorker = function () {{
        var glue = document.getElementById('gongwen-glue').textContent;
        var serve = 'var queue = [];' +
          'self.onmessage = function (e) {{ if (e.data && e.data.gongwenModule) {{ wasm_bindgen({{ module_or_path: e.data.gongwenModule }}); }} else {{ queue.push(e); }} }};' +
          'self.gongwenFlush = function () {{ var q = queue; queue = []; q.forEach(function (e) {{ self.onmessage(e); }}); }};';
        var url = URL.createObjectURL(new Blob([glue, '\n', serve], {{ type: 'text/javascript' }}));
        var worker = new Worker(url);
        worker.postMessage({{ gongwenModule: module }});
        return worker;
      }};
      return wasm_bindgen({{ module_or_path: module }});
    }})
    .catch(function (e) {{ fail(String(e)); }});
}})();
