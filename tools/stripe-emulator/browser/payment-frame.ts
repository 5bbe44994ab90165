// The Payment Element's card form. Card data stays in this frame (emulator origin) and goes straight to the
// emulator's confirm endpoint; the host page only receives the resulting intent or error.
import { cardBrand, cardNumberLength, luhnValid } from '../test-cards';
import { FRAME_KIT_SCRIPT, FRAME_STYLES } from './frame-kit';
import { FRAME_WORDS, frameLocale } from './frame-words';

const COUNTRIES: [string, string][] = [
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['GB', 'United Kingdom'],
  ['IE', 'Ireland'],
  ['FR', 'France'],
  ['DE', 'Germany'],
  ['NL', 'Netherlands'],
  ['ES', 'Spain'],
  ['IT', 'Italy'],
  ['AU', 'Australia'],
];

export function countryOptions(): string {
  return COUNTRIES.map(([code, name]) => `<option value="${code}">${name}</option>`).join('');
}

const SCRIPT = String.raw`
var __name = function (target) { return target; };
var luhnValid = ${luhnValid.toString()};
var cardBrand = ${cardBrand.toString()};
var cardNumberLength = ${cardNumberLength.toString()};
var frameLocale = ${frameLocale.toString()};
var FRAME_WORDS = ${JSON.stringify(FRAME_WORDS)};
var FRAME_LOCALES = ${JSON.stringify(Object.keys(FRAME_WORDS))};
` + FRAME_KIT_SCRIPT + String.raw`
(function () {
  var form = document.getElementById('form');
  var number = document.getElementById('number');
  var expiry = document.getElementById('expiry');
  var cvc = document.getElementById('cvc');
  var country = document.getElementById('country');
  var postal = document.getElementById('postalCode');
  var postalLabel = document.getElementById('postalCode-label');
  var fields = [number, expiry, cvc, postal];
  var touched = {};

  // The host's elements({ locale }) arrives as ?locale=; the page is written in English first.
  var locale = frameLocale(kit.params.get('locale'), navigator.language);
  var words = FRAME_WORDS[locale];
  document.documentElement.lang = locale;
  form.setAttribute('aria-label', words.cardDetails);
  document.querySelector('label[for="number"]').textContent = words.number;
  document.querySelector('label[for="expiry"]').textContent = words.expiry;
  document.querySelector('label[for="cvc"]').textContent = words.cvc;
  document.querySelector('label[for="country"]').textContent = words.country;
  expiry.placeholder = words.expiryPlaceholder;
  var regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([locale], { type: 'region' }) : null;
  Array.prototype.forEach.call(country.options, function (option) { if (regionNames) option.textContent = regionNames.of(option.value); });
  function postalWord() { return country.value === 'US' ? words.zip : words.postalCode; }
  postalLabel.textContent = postalWord();

  function digits(value) { return value.replace(/\D/g, ''); }
  function brand() { return cardBrand(digits(number.value)); }

  function formatNumber() {
    var d = digits(number.value).slice(0, brand() === 'amex' ? 15 : 19);
    var groups = brand() === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
    var out = [], at = 0;
    for (var i = 0; i < groups.length && at < d.length; i++) { out.push(d.slice(at, at + groups[i])); at += groups[i]; }
    number.value = out.join(' ');
  }
  function formatExpiry(event) {
    var d = digits(expiry.value).slice(0, 4);
    if (d.length === 1 && Number(d) > 1) d = '0' + d;
    var deleting = event && event.inputType && event.inputType.indexOf('delete') === 0;
    expiry.value = d.length > 2 || (d.length === 2 && !deleting) ? d.slice(0, 2) + ' / ' + d.slice(2) : d;
  }
  function expiryParts() {
    var d = digits(expiry.value);
    return { month: Number(d.slice(0, 2)), year: 2000 + Number(d.slice(2, 4)), complete: d.length === 4 };
  }

  // Each check returns [code, message] or null; the wording follows Stripe's Payment Element.
  var checks = {
    number: function () {
      var d = digits(number.value);
      if (d.length < cardNumberLength(brand())) return ['incomplete_number', words.errors.incompleteNumber];
      if (!luhnValid(d)) return ['invalid_number', words.errors.invalidNumber];
      return null;
    },
    expiry: function () {
      var e = expiryParts();
      if (!e.complete) return ['incomplete_expiry', words.errors.incompleteExpiry];
      if (e.month < 1 || e.month > 12) return ['invalid_expiry_month', words.errors.invalidExpiry];
      var now = new Date();
      if (e.year * 12 + e.month - 1 < now.getFullYear() * 12 + now.getMonth()) return ['invalid_expiry_year_past', words.errors.expiryPast];
      if (e.year > now.getFullYear() + 50) return ['invalid_expiry_year', words.errors.invalidExpiryYear];
      return null;
    },
    cvc: function () {
      var need = brand() === 'amex' ? 4 : 3;
      if (digits(cvc.value).length < need) return ['incomplete_cvc', words.errors.incompleteCvc];
      return null;
    },
    postalCode: function () {
      var us = country.value === 'US';
      var value = postal.value.trim();
      if (us ? !/^\d{5}(-?\d{4})?$/.test(value) : value.length < 2) return ['incomplete_zip', us ? words.errors.incompleteZip : words.errors.incompletePostalCode];
      return null;
    },
  };

  function check(input, show) {
    var problem = checks[input.name]();
    if (show) kit.showError(input, problem ? problem[1] : '');
    return problem;
  }
  function firstProblem(show) {
    var first = null;
    fields.forEach(function (input) { var p = check(input, show); if (p && !first) first = { input: input, problem: p }; });
    return first;
  }
  function isEmpty() { return fields.every(function (input) { return input.value.trim() === ''; }); }
  function emitChange() {
    kit.send('change', { complete: !firstProblem(false), empty: isEmpty(), collapsed: false, value: { type: 'card' } });
  }

  number.addEventListener('input', function () { formatNumber(); if (touched.number) check(number, true); emitChange(); });
  expiry.addEventListener('input', function (event) { formatExpiry(event); if (touched.expiry) check(expiry, true); emitChange(); });
  cvc.addEventListener('input', function () { cvc.value = digits(cvc.value).slice(0, 4); if (touched.cvc) check(cvc, true); emitChange(); });
  postal.addEventListener('input', function () { if (touched.postalCode) check(postal, true); emitChange(); });
  country.addEventListener('change', function () {
    postalLabel.textContent = postalWord();
    if (touched.postalCode) check(postal, true);
    emitChange();
  });
  fields.forEach(function (input) {
    input.addEventListener('blur', function () {
      if (input.value.trim() === '') return;
      touched[input.name] = true;
      check(input, true);
    });
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });

  function setBusy(busy) { fields.concat([country]).forEach(function (input) { input.disabled = busy; }); }

  function validate() {
    fields.forEach(function (input) { touched[input.name] = true; });
    var first = firstProblem(true);
    if (!first) return null;
    first.input.focus();
    return { type: 'validation_error', code: first.problem[0], message: first.problem[1] };
  }

  function encode(value, prefix, out) {
    if (value === undefined || value === null) return out;
    if (typeof value === 'object') {
      Object.keys(value).forEach(function (key) { encode(value[key], prefix ? prefix + '[' + key + ']' : key, out); });
    } else {
      out.push(encodeURIComponent(prefix) + '=' + encodeURIComponent(String(value)));
    }
    return out;
  }

  kit.on('validate', function () { var error = validate(); return error ? { error: error } : {}; });
  kit.on('focus', function () { number.focus(); });
  kit.on('blur', function () { if (document.activeElement) document.activeElement.blur(); });
  kit.on('clear', function () { fields.forEach(function (input) { input.value = ''; kit.showError(input, ''); }); touched = {}; emitChange(); });
  kit.on('update', function () { return {}; });

  kit.on('confirm', function (request) {
    var error = validate();
    if (error) return { error: error };
    var e = expiryParts();
    var billing = (request.paymentMethodData && request.paymentMethodData.billing_details) || {};
    var address = Object.assign({}, billing.address || {}, { postal_code: postal.value.trim(), country: country.value });
    var params = {
      client_secret: request.clientSecret,
      use_stripe_sdk: 'true',
      return_url: request.returnUrl,
      shipping: request.shipping,
      receipt_email: request.receiptEmail,
      payment_method_data: {
        type: 'card',
        card: { number: digits(number.value), exp_month: e.month, exp_year: e.year, cvc: digits(cvc.value) },
        billing_details: Object.assign({}, billing, { address: address }),
      },
    };
    var collection = request.kind === 'setup_intent' ? 'setup_intents' : 'payment_intents';
    var id = String(request.clientSecret).split('_secret_')[0];
    setBusy(true);
    return fetch('/v1/' + collection + '/' + encodeURIComponent(id) + '/confirm', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + request.key, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: encode(params, '', []).join('&'),
    }).then(function (response) {
      return response.json().then(function (body) {
        return response.ok ? { intent: body } : { error: body.error };
      });
    }, function (networkError) {
      return { error: { type: 'api_connection_error', message: 'Could not reach the Stripe emulator: ' + networkError.message } };
    }).finally(function () { setBusy(false); });
  });

  kit.ready();
  emitChange();
})();
`;

export function paymentFrameHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Secure payment input frame</title>
<style>${FRAME_STYLES}</style>
</head>
<body>
<form id="form" novalidate aria-label="Card details">
  <div class="field">
    <label for="number">Card number</label>
    <input id="number" name="number" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234" aria-describedby="number-error" aria-invalid="false" spellcheck="false">
    <p id="number-error" class="error" role="alert"></p>
  </div>
  <div class="row">
    <div class="field">
      <label for="expiry">Expiration date</label>
      <input id="expiry" name="expiry" inputmode="numeric" autocomplete="cc-exp" placeholder="MM / YY" aria-describedby="expiry-error" aria-invalid="false">
      <p id="expiry-error" class="error" role="alert"></p>
    </div>
    <div class="field">
      <label for="cvc">Security code</label>
      <input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC" aria-describedby="cvc-error" aria-invalid="false">
      <p id="cvc-error" class="error" role="alert"></p>
    </div>
  </div>
  <div class="row">
    <div class="field">
      <label for="country">Country</label>
      <select id="country" name="country" autocomplete="country">${countryOptions()}</select>
    </div>
    <div class="field">
      <label for="postalCode" id="postalCode-label">ZIP</label>
      <input id="postalCode" name="postalCode" autocomplete="postal-code" placeholder="12345" aria-describedby="postalCode-error" aria-invalid="false">
      <p id="postalCode-error" class="error" role="alert"></p>
    </div>
  </div>
</form>
<script>${SCRIPT}</script>
</body>
</html>`;
}
