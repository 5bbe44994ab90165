// The Stripe.js stand-in served at /js/stripe.js: `window.Stripe(pk)` with the surface @stripe/stripe-js and
// @stripe/react-stripe-js use (elements, create/mount/on/update/destroy, confirmPayment/confirmSetup, retrieve…).
// Card fields live in iframes from the emulator's origin; this script only relays messages and shows challenges.
import { CHALLENGE_TITLE } from '../pages/challenge-page';

/** @stripe/stripe-js warns unless Stripe.version matches its release train ('endive' for 10.x). */
export const STRIPE_JS_RELEASE_TRAIN = 'endive';

const SOURCE = String.raw`
(function () {
  'use strict';
  if (window.Stripe && window.Stripe.__emulator) return;
  var script = document.currentScript;
  var ORIGIN = new URL(script && script.src ? script.src : location.href).origin;
  var TAG = 'stripe-emulator';
  var frameCount = 0;
  var requestCount = 0;
  var mounted = {};
  var activeChallenge = null;

  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN) return;
    var data = event.data;
    if (!data || data.source !== TAG) return;
    if (data.type === 'authentication-finished') {
      if (activeChallenge && event.source === activeChallenge.frame.contentWindow) activeChallenge.finish();
      return;
    }
    var element = mounted[data.frameId];
    if (element && element._iframe && event.source === element._iframe.contentWindow) element._receive(data);
  });

  function integrationError(message) {
    return { type: 'invalid_request_error', code: 'integration_error', message: message };
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

  function api(key, method, path, params) {
    var query = encode(params, '', []).join('&');
    var url = ORIGIN + path + (method === 'GET' && query ? '?' + query : '');
    return fetch(url, {
      method: method,
      headers: { Authorization: 'Bearer ' + key, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: method === 'GET' ? undefined : query,
    }).then(function (response) {
      return response.json().then(function (body) { return response.ok ? { data: body } : { error: body.error }; });
    }, function (error) {
      return { error: { type: 'api_connection_error', message: 'Could not reach the Stripe emulator: ' + error.message } };
    });
  }

  function intentPath(kind, clientSecret) {
    var id = String(clientSecret).split('_secret_')[0];
    return '/v1/' + (kind === 'setup_intent' ? 'setup_intents/' : 'payment_intents/') + encodeURIComponent(id);
  }

  function resultKey(kind) { return kind === 'setup_intent' ? 'setupIntent' : 'paymentIntent'; }

  function retrieve(key, kind, clientSecret) {
    return api(key, 'GET', intentPath(kind, clientSecret), { client_secret: clientSecret }).then(function (reply) {
      var result = {};
      if (reply.error) result.error = reply.error; else result[resultKey(kind)] = reply.data;
      return result;
    });
  }

  function showChallenge(nextAction) {
    // A server-side confirmation without use_stripe_sdk asked for a redirect: like Stripe.js, leave the
    // page; the challenge page sends the customer back to the intent's return_url.
    if (nextAction.type === 'redirect_to_url' && nextAction.redirect_to_url) {
      window.location.assign(nextAction.redirect_to_url.url);
      return new Promise(function () {});
    }
    var url = nextAction.use_stripe_sdk && nextAction.use_stripe_sdk.stripe_js;
    if (!url) return Promise.resolve();
    var opener = document.activeElement;
    var overlay = document.createElement('div');
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.setAttribute('aria-label', '3D Secure authentication');
    overlay.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.55);display:flex;align-items:center;justify-content:center;z-index:2147483647';
    var frame = document.createElement('iframe');
    frame.src = url + '?host=' + encodeURIComponent(location.origin);
    frame.title = ${JSON.stringify(CHALLENGE_TITLE)};
    frame.style.cssText = 'width:min(480px,94vw);height:min(420px,90vh);border:0;border-radius:8px;background:#fff';
    overlay.appendChild(frame);
    document.body.appendChild(overlay);
    frame.addEventListener('load', function () { frame.focus(); });
    return new Promise(function (resolve) {
      activeChallenge = {
        frame: frame,
        finish: function () {
          activeChallenge = null;
          overlay.remove();
          if (opener && typeof opener.focus === 'function') opener.focus();
          resolve();
        },
      };
    });
  }

  function redirectTo(returnUrl, kind, intent) {
    var url = new URL(returnUrl, location.href);
    url.searchParams.set(kind, intent.id);
    url.searchParams.set(kind + '_client_secret', intent.client_secret);
    url.searchParams.set('redirect_status', 'succeeded');
    window.location.assign(url.toString());
    return new Promise(function () {});
  }

  // After the confirm call: run a challenge if asked, then answer like Stripe.js does.
  function settle(key, kind, clientSecret, intent, redirect, returnUrl) {
    var next = intent.status === 'requires_action' && intent.next_action
      ? showChallenge(intent.next_action).then(function () { return retrieve(key, kind, clientSecret); })
      : Promise.resolve(null);
    return next.then(function (refreshed) {
      if (refreshed && refreshed.error) return refreshed;
      var current = refreshed ? refreshed[resultKey(kind)] : intent;
      var failure = current.last_payment_error || current.last_setup_error;
      if (current.status === 'requires_payment_method' && failure) {
        var error = Object.assign({}, failure);
        error[kind] = current;
        return { error: error };
      }
      if (redirect !== 'if_required' && returnUrl && current.status !== 'requires_action') return redirectTo(returnUrl, kind, current);
      var result = {};
      result[resultKey(kind)] = current;
      return result;
    });
  }

  // ---- Elements ----
  var FRAME_PATHS = { payment: '/elements/payment-frame', address: '/elements/address-frame' };

  function Element(group, type, options) {
    this._group = group;
    this._type = type;
    this._options = options || {};
    this._handlers = {};
    this._id = 'stripe-emulator-frame-' + (++frameCount);
    this._iframe = null;
    this._ready = false;
    this._queue = [];
    this._waiting = {};
    this._state = { complete: false, empty: true, value: type === 'payment' ? { type: 'card' } : null };
    this._destroyed = false;
  }
  Element.prototype.mount = function (target) {
    if (this._destroyed) throw new Error('This Element has already been destroyed. Please create a new one.');
    var node = typeof target === 'string' ? document.querySelector(target) : target;
    if (!node) throw new Error('The selector you specified (' + target + ') applies to no DOM elements that are currently on the page.');
    if (this._iframe) this.unmount();
    var query = '?frame=' + encodeURIComponent(this._id) + '&host=' + encodeURIComponent(location.origin);
    if (this._type === 'address' && this._options.defaultValues) query += '&defaults=' + encodeURIComponent(JSON.stringify(this._options.defaultValues));
    // elements({ locale }): the frame words its labels and errors in it ('auto' = the browser's language).
    if (this._group._options.locale) query += '&locale=' + encodeURIComponent(this._group._options.locale);
    var iframe = document.createElement('iframe');
    iframe.src = ORIGIN + FRAME_PATHS[this._type] + query;
    iframe.name = '__privateStripeFrame' + frameCount;
    iframe.title = this._type === 'payment' ? 'Secure payment input frame' : 'Secure address input frame';
    iframe.setAttribute('frameborder', '0');
    iframe.setAttribute('allowtransparency', 'true');
    iframe.setAttribute('scrolling', 'no');
    iframe.style.cssText = 'border:0;width:100%;min-width:100%;display:block;height:1px;overflow:hidden;background:transparent;color-scheme:normal';
    this._ready = false;
    this._iframe = iframe;
    mounted[this._id] = this;
    node.appendChild(iframe);
  };
  Element.prototype.unmount = function () {
    if (this._iframe) this._iframe.remove();
    this._iframe = null;
    this._ready = false;
    delete mounted[this._id];
  };
  Element.prototype.destroy = function () {
    this.unmount();
    this._destroyed = true;
    if (this._group._elements[this._type] === this) delete this._group._elements[this._type];
  };
  Element.prototype.on = function (event, handler) {
    (this._handlers[event] = this._handlers[event] || []).push(handler);
    if (event === 'ready' && this._ready) handler({ elementType: this._type });
    return this;
  };
  Element.prototype.once = function (event, handler) {
    var self = this;
    var wrapped = function (payload) { self.off(event, wrapped); handler(payload); };
    return this.on(event, wrapped);
  };
  Element.prototype.off = function (event, handler) {
    var list = this._handlers[event] || [];
    this._handlers[event] = handler ? list.filter(function (h) { return h !== handler; }) : [];
    return this;
  };
  Element.prototype._emit = function (event, payload) {
    (this._handlers[event] || []).slice().forEach(function (handler) { handler(payload); });
  };
  Element.prototype._post = function (message) {
    if (!this._ready) { this._queue.push(message); return; }
    this._iframe.contentWindow.postMessage(Object.assign({ source: TAG, frameId: this._id }, message), ORIGIN);
  };
  Element.prototype._request = function (type, payload) {
    var self = this;
    if (!this._iframe) return Promise.resolve({ error: integrationError('The ' + this._type + ' Element is not mounted.') });
    var requestId = 'req' + (++requestCount);
    return new Promise(function (resolve) {
      self._waiting[requestId] = resolve;
      self._post({ type: type, requestId: requestId, payload: payload });
    });
  };
  Element.prototype._receive = function (data) {
    var self = this;
    var payload = data.payload || {};
    if (data.type === 'ready') {
      this._ready = true;
      var queued = this._queue.splice(0);
      queued.forEach(function (message) { self._post(message); });
      this._emit('ready', { elementType: this._type });
    } else if (data.type === 'resize') {
      this._iframe.style.height = payload.height + 'px';
    } else if (data.type === 'change') {
      this._state = payload;
      this._emit('change', Object.assign({ elementType: this._type }, payload));
    } else if (data.type === 'focus' || data.type === 'blur') {
      this._emit(data.type, { elementType: this._type });
    } else if (data.type === 'response') {
      var resolve = this._waiting[data.requestId];
      delete this._waiting[data.requestId];
      if (resolve) resolve(payload);
    }
  };
  Element.prototype.update = function (options) { Object.assign(this._options, options || {}); this._post({ type: 'update', payload: options || {} }); };
  Element.prototype.focus = function () { this._post({ type: 'focus' }); };
  Element.prototype.blur = function () { this._post({ type: 'blur' }); };
  Element.prototype.clear = function () { this._post({ type: 'clear' }); };
  Element.prototype.collapse = function () { return this; };
  Element.prototype.getValue = function () {
    return Promise.resolve({ complete: !!this._state.complete, isNewAddress: true, value: this._state.value });
  };

  function Elements(stripe, options) {
    this._stripe = stripe;
    this._options = Object.assign({}, options || {});
    this._elements = {};
  }
  Elements.prototype.create = function (type, options) {
    if (!FRAME_PATHS[type]) throw new Error('The Stripe emulator does not support the "' + type + '" Element; use "payment" or "address".');
    if (this._elements[type]) throw new Error('Can only create one Element of type ' + type + '.');
    if (type === 'address' && !(options && (options.mode === 'shipping' || options.mode === 'billing'))) {
      throw new Error('You must supply options.mode. mode must be \'billing\' or \'shipping\'.');
    }
    var element = new Element(this, type, options);
    this._elements[type] = element;
    return element;
  };
  Elements.prototype.getElement = function (type) { return this._elements[type] || null; };
  Elements.prototype.update = function (options) { Object.assign(this._options, options || {}); };
  Elements.prototype.fetchUpdates = function () { return Promise.resolve({}); };
  Elements.prototype.submit = function () {
    var elements = this._elements;
    var checks = ['payment', 'address'].filter(function (type) { return elements[type] && elements[type]._iframe; })
      .map(function (type) { return elements[type]._request('validate', {}); });
    return Promise.all(checks).then(function (results) {
      var failed = results.filter(function (r) { return r.error; })[0];
      return failed ? { error: failed.error } : {};
    });
  };

  function shippingFrom(address) {
    var value = address && address._options.mode === 'shipping' && address._state.value;
    if (!value) return undefined;
    var a = value.address || {};
    return { name: value.name, address: { line1: a.line1, line2: a.line2 || undefined, city: a.city, state: a.state || undefined, postal_code: a.postal_code, country: a.country } };
  }

  // ---- Stripe ----
  function Stripe(key, options) {
    if (typeof key !== 'string' || !/^pk_test_/.test(key)) {
      throw new Error('The Stripe emulator needs a test publishable key (pk_test_...); got ' + key);
    }

    function confirmWithElements(kind, opts) {
      opts = opts || {};
      var elements = opts.elements;
      var params = opts.confirmParams || {};
      var redirect = opts.redirect || 'always';
      if (!elements) return Promise.resolve({ error: integrationError('Missing elements: pass the Elements instance to confirm.') });
      var clientSecret = opts.clientSecret || elements._options.clientSecret;
      if (!clientSecret) return Promise.resolve({ error: integrationError('Missing clientSecret: pass it to elements() or to this call.') });
      if (redirect === 'always' && !params.return_url) return Promise.resolve({ error: integrationError('return_url is required when redirect is "always".') });
      var payment = elements.getElement('payment');
      if (!payment || !payment._iframe) return Promise.resolve({ error: integrationError('A mounted Payment Element is required.') });
      var address = elements.getElement('address');
      var addressCheck = address && address._iframe ? address._request('validate', {}) : Promise.resolve({});
      return addressCheck.then(function (checked) {
        if (checked.error) return { error: checked.error };
        return payment._request('confirm', {
          kind: kind,
          key: key,
          clientSecret: clientSecret,
          returnUrl: params.return_url,
          shipping: kind === 'payment_intent' ? params.shipping || shippingFrom(address) : undefined,
          receiptEmail: params.receipt_email,
          paymentMethodData: params.payment_method_data,
        }).then(function (reply) {
          if (reply.error) return { error: reply.error };
          return settle(key, kind, clientSecret, reply.intent, redirect, params.return_url);
        });
      });
    }

    function confirmWithSavedMethod(kind, clientSecret, data) {
      data = data || {};
      if (typeof data.payment_method !== 'string' && data.payment_method !== undefined) {
        return Promise.resolve({ error: integrationError('The Stripe emulator confirms card payments with a saved PaymentMethod id or through the Payment Element.') });
      }
      return api(key, 'POST', intentPath(kind, clientSecret) + '/confirm', {
        client_secret: clientSecret,
        payment_method: data.payment_method,
        return_url: data.return_url,
        use_stripe_sdk: 'true',
      }).then(function (reply) {
        if (reply.error) return { error: reply.error };
        return settle(key, kind, clientSecret, reply.data, 'if_required', undefined);
      });
    }

    function unsupported(name) {
      return function () { return Promise.resolve({ error: integrationError('stripe.' + name + ' is not supported by the Stripe emulator.') }); };
    }

    return {
      _emulator: true,
      elements: function (opts) { return new Elements(this, opts); },
      confirmPayment: function (opts) { return confirmWithElements('payment_intent', opts); },
      confirmSetup: function (opts) { return confirmWithElements('setup_intent', opts); },
      confirmCardPayment: function (clientSecret, data) { return confirmWithSavedMethod('payment_intent', clientSecret, data); },
      confirmCardSetup: function (clientSecret, data) { return confirmWithSavedMethod('setup_intent', clientSecret, data); },
      retrievePaymentIntent: function (clientSecret) { return retrieve(key, 'payment_intent', clientSecret); },
      retrieveSetupIntent: function (clientSecret) { return retrieve(key, 'setup_intent', clientSecret); },
      handleNextAction: function (opts) {
        var kind = String(opts && opts.clientSecret).indexOf('seti_') === 0 ? 'setup_intent' : 'payment_intent';
        return retrieve(key, kind, opts.clientSecret).then(function (result) {
          if (result.error) return result;
          return settle(key, kind, opts.clientSecret, result[resultKey(kind)], 'if_required', undefined);
        });
      },
      handleCardAction: function (clientSecret) { return this.handleNextAction({ clientSecret: clientSecret }); },
      createToken: unsupported('createToken'),
      createPaymentMethod: unsupported('createPaymentMethod'),
      createConfirmationToken: unsupported('createConfirmationToken'),
      registerAppInfo: function () {},
      _registerWrapper: function () {},
    };
  }
  Stripe.version = ${JSON.stringify(STRIPE_JS_RELEASE_TRAIN)};
  Stripe.__emulator = true;
  window.Stripe = Stripe;
})();
`;

export function stripeJsSource(): string {
  return SOURCE;
}
