// The Address Element (shipping or billing): a labelled address form whose value the host page may read.
import { countryOptions } from './payment-frame';
import { FRAME_KIT_SCRIPT, FRAME_STYLES } from './frame-kit';
import { FRAME_WORDS, frameLocale } from './frame-words';

const SCRIPT =
  String.raw`
var frameLocale = ${frameLocale.toString()};
var FRAME_WORDS = ${JSON.stringify(FRAME_WORDS)};
var FRAME_LOCALES = ${JSON.stringify(Object.keys(FRAME_WORDS))};
` +
  FRAME_KIT_SCRIPT +
  String.raw`
(function () {
  var ids = ['name', 'line1', 'line2', 'city', 'state', 'postal_code', 'country'];
  var inputs = {};
  ids.forEach(function (id) { inputs[id] = document.getElementById(id); });
  // The host's elements({ locale }) arrives as ?locale=; the page is written in English first.
  var locale = frameLocale(kit.params.get('locale'), navigator.language);
  var words = FRAME_WORDS[locale].address;
  document.documentElement.lang = locale;
  document.getElementById('form').setAttribute('aria-label', words.form);
  var labels = { name: words.name, country: words.country, line1: words.line1, line2: words.line2, city: words.city, state: words.state, postal_code: words.postalCode };
  Object.keys(labels).forEach(function (id) {
    var label = document.querySelector('label[for="' + id + '"]');
    var optional = label.querySelector('.optional');
    label.textContent = labels[id];
    if (optional) { optional.textContent = words.optional; label.appendChild(document.createTextNode(' ')); label.appendChild(optional); }
  });
  var regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  Array.prototype.forEach.call(inputs.country.options, function (option) { if (regionNames) option.textContent = regionNames.of(option.value); });
  var required = words.errors;
  var touched = {};
  function problem(id) { return required[id] && inputs[id].value.trim() === '' ? ['incomplete_' + id, required[id]] : null; }
  function value() {
    var v = function (id) { return inputs[id].value.trim(); };
    return { name: v('name'), address: { line1: v('line1'), line2: v('line2') || null, city: v('city'), state: v('state') || null, postal_code: v('postal_code'), country: v('country') } };
  }
  function complete() { return Object.keys(required).every(function (id) { return !problem(id); }); }
  function emitChange() {
    var empty = ids.every(function (id) { return id === 'country' || inputs[id].value.trim() === ''; });
    kit.send('change', { complete: complete(), empty: empty, isNewAddress: true, value: value() });
  }
  ids.forEach(function (id) {
    inputs[id].addEventListener('input', function () { if (touched[id]) kit.showError(inputs[id], (problem(id) || [])[1]); emitChange(); });
    inputs[id].addEventListener('blur', function () { if (inputs[id].value.trim() === '') return; touched[id] = true; kit.showError(inputs[id], (problem(id) || [])[1]); });
  });
  var initial = JSON.parse(kit.params.get('defaults') || '{}');
  if (initial.name) inputs.name.value = initial.name;
  Object.keys(initial.address || {}).forEach(function (key) { if (inputs[key] && initial.address[key]) inputs[key].value = initial.address[key]; });

  kit.on('validate', function () {
    var first = null;
    Object.keys(required).forEach(function (id) {
      touched[id] = true;
      var p = problem(id);
      kit.showError(inputs[id], p ? p[1] : '');
      if (p && !first) first = { id: id, problem: p };
    });
    if (!first) return { value: value() };
    inputs[first.id].focus();
    return { error: { type: 'validation_error', code: first.problem[0], message: first.problem[1] } };
  });
  kit.on('focus', function () { inputs.name.focus(); });
  kit.on('blur', function () { if (document.activeElement) document.activeElement.blur(); });
  kit.on('clear', function () { ids.forEach(function (id) { if (id !== 'country') inputs[id].value = ''; }); emitChange(); });
  kit.on('update', function () { return {}; });
  kit.ready();
  emitChange();
})();
`;

function field(id: string, label: string, autocomplete: string, optional = false): string {
  return `<div class="field">
    <label for="${id}">${label}${optional ? ' <span class="optional">(optional)</span>' : ''}</label>
    <input id="${id}" name="${id}" autocomplete="${autocomplete}" aria-describedby="${id}-error" aria-invalid="false"${optional ? '' : ' required'}>
    <p id="${id}-error" class="error" role="alert"></p>
  </div>`;
}

export function addressFrameHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Secure address input frame</title>
<style>${FRAME_STYLES}</style>
</head>
<body>
<form id="form" novalidate aria-label="Address" onsubmit="return false">
  ${field('name', 'Full name', 'name')}
  <div class="field">
    <label for="country">Country or region</label>
    <select id="country" name="country" autocomplete="country">${countryOptions()}</select>
  </div>
  ${field('line1', 'Address line 1', 'address-line1')}
  ${field('line2', 'Address line 2', 'address-line2', true)}
  <div class="row">
    ${field('city', 'City', 'address-level2')}
    ${field('state', 'State', 'address-level1', true)}
  </div>
  ${field('postal_code', 'Postal code', 'postal-code')}
</form>
<script>${SCRIPT}</script>
</body>
</html>`;
}
