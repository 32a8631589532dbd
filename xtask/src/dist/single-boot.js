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
  wasm_bindgen({{ module_or_path: bytes }}).catch(function (e) {{ fail(String(e)); }});
}})();
