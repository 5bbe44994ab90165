// What both Element iframes share: styles, the postMessage channel to the host page, field errors, auto-resize.
// Browser code is kept as plain JavaScript text; it runs in the emulator's origin, inside the host's iframe.

export const FRAME_STYLES = String.raw`
  * { box-sizing: border-box; }
  body { margin: 0; padding: 2px; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #30313d; background: transparent; }
  .field { margin-bottom: 12px; }
  .row { display: flex; gap: 12px; }
  .row > .field { flex: 1; min-width: 0; }
  label { display: block; font-size: 14px; margin-bottom: 4px; }
  input, select { width: 100%; font: inherit; font-size: 16px; padding: 10px 12px; border: 1px solid #e6e6e6; border-radius: 5px; background: #fff; color: inherit; }
  input:focus, select:focus { outline: none; border-color: #0570de; box-shadow: 0 0 0 3px rgba(5,112,222,.25); }
  input[aria-invalid="true"] { border-color: #df1b41; color: #df1b41; }
  .error { color: #df1b41; font-size: 14px; margin: 4px 0 0; min-height: 0; }
  .error:empty { display: none; }
  .optional { color: #6d6e78; font-weight: normal; }
`;

/** Defines `kit` in the frame: `kit.send(type, payload)`, `kit.onRequest(handler)`, `kit.showError(input, message)`. */
export const FRAME_KIT_SCRIPT = String.raw`
var kit = (function () {
  var query = new URLSearchParams(location.search);
  var frameId = query.get('frame');
  var host = query.get('host');
  try { if (!host || new URL(host).origin !== host) host = null; } catch (e) { host = null; }
  var handlers = {};
  function send(type, payload, requestId) {
    if (!host) return;
    window.parent.postMessage({ source: 'stripe-emulator', frameId: frameId, type: type, requestId: requestId, payload: payload }, host);
  }
  window.addEventListener('message', function (event) {
    // Only the page that embedded this frame may drive it.
    if (!host || event.origin !== host || event.source !== window.parent) return;
    var data = event.data;
    if (!data || data.source !== 'stripe-emulator' || data.frameId !== frameId) return;
    var handler = handlers[data.type];
    if (!handler) return;
    Promise.resolve(handler(data.payload || {})).then(function (result) {
      if (data.requestId) send('response', result || {}, data.requestId);
    }, function (error) {
      if (data.requestId) send('response', { error: { type: 'api_error', message: String(error && error.message || error) } }, data.requestId);
    });
  });
  function showError(input, message) {
    var box = document.getElementById(input.id + '-error');
    if (box) box.textContent = message || '';
    input.setAttribute('aria-invalid', message ? 'true' : 'false');
  }
  var lastHeight = 0;
  function reportSize() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) { lastHeight = height; send('resize', { height: height }); }
  }
  new ResizeObserver(reportSize).observe(document.documentElement);
  document.addEventListener('focusin', function () { send('focus', {}); });
  document.addEventListener('focusout', function (event) { if (!event.relatedTarget) send('blur', {}); });
  return {
    params: query,
    send: send,
    on: function (type, handler) { handlers[type] = handler; },
    showError: showError,
    ready: function () { reportSize(); send('ready', {}); },
  };
})();
`;
