// The client's chat page, part 2 of 4: the choice, the price, the truth before paying (who
// can answer right now) and the payment; nothing is sold that cannot be delivered.
"use strict";

// ---- step 1: choice and price ----------------------------------------------------------

function chosenLength() {
  const checked = document.querySelector("input[name=length]:checked");
  return Number(checked ? checked.value : 15);
}

async function refreshQuote() {
  try {
    quote = await api("GET", "/client/quote?length_minutes=" + chosenLength());
    if (quoteFailed) showError(null); // only its own failure: other news stays
    quoteFailed = false;
  } catch (err) {
    quote = null;
    quoteFailed = true;
    showFailure(err);
  }
  renderPrice();
}

function renderPrice() {
  $("price").textContent = quote
    ? t("price", { window: t("window_" + quote.window), amount: yuan(quote.price_fen) })
    : "";
  renderMethods();
}

// ---- how to pay: only the ways this browser can use ------------------------------------

function chosenMethod() {
  const checked = document.querySelector("input[name=method]:checked");
  return checked ? checked.value : null;
}

function renderMethods() {
  const usable = usableMethods(quote ? quote.methods : []);
  const before = chosenMethod();
  const list = $("methods-list");
  list.replaceChildren(...usable.map((method, i) => {
    const label = document.createElement("label");
    const input = document.createElement("input");
    input.type = "radio";
    input.name = "method";
    input.value = method;
    input.checked = before ? before === method : i === 0;
    const text = document.createElement("span");
    text.textContent = t("method_" + method.replace("-", "_"));
    label.append(input, text);
    return label;
  }));
  if (!chosenMethod() && usable.length) list.querySelector("input").checked = true;
  // One way: nothing to choose, so nothing shown; none: said plainly.
  $("methods").hidden = usable.length < 2;
  $("methods-none").hidden = !quote || usable.length > 0;
  if (quote && !usable.length) $("continue").disabled = true;
}

// Inside WeChat, JSAPI needs the payer's sign-in with the official account first: the
// form is kept, WeChat sends the client back with `?code=`, and checkout goes on.
function wechatSignIn() {
  const code = new URLSearchParams(location.search).get("code");
  if (code || !quote || !quote.wechat_app_id) return false;
  sessionStorage.setItem(FORM_KEY, JSON.stringify({
    alias: $("alias").value, topic: $("topic").value, length: chosenLength() }));
  const back = location.origin + location.pathname;
  location.href = "https://open.weixin.qq.com/connect/oauth2/authorize?appid=" +
    encodeURIComponent(quote.wechat_app_id) + "&redirect_uri=" + encodeURIComponent(back) +
    "&response_type=code&scope=snsapi_base&state=pay#wechat_redirect";
  return true;
}

// Back from WeChat's sign-in: the form as it was, and the checkout made at once.
function afterWeChatSignIn() {
  const form = parseJson(sessionStorage.getItem(FORM_KEY));
  const code = new URLSearchParams(location.search).get("code");
  if (!form || !code) return false;
  sessionStorage.removeItem(FORM_KEY);
  $("alias").value = form.alias || "";
  $("topic").value = form.topic || "";
  const length = document.querySelector("input[name=length][value='" +
    Number(form.length || 15) + "']");
  if (length) length.checked = true;
  return true;
}

// ---- the truth before paying: who can answer right now --------------------------------

async function refreshAvailability() {
  try {
    availability = await api("GET", "/client/availability");
  } catch (err) {
    availability = null; // unknown: the server still refuses a checkout it cannot serve
  }
  renderTruth();
  return availability;
}

function startTruthTimer() {
  if (truthTimer) return;
  truthTimer = setInterval(() => {
    if (document.visibilityState === "visible") refreshAvailability();
  }, TRUTH_EVERY_MS);
}

function stopTruthTimer() {
  clearInterval(truthTimer);
  truthTimer = null;
}

function canSell() {
  return !availability || availability.state === "free" || availability.state === "busy";
}

function pad2(n) {
  return String(n).padStart(2, "0");
}

function usualHoursText() {
  const spans = (availability.usual_hours || []).map((h) =>
    pad2(h.start_hour) + ":00–" + pad2(h.end_hour % 24) + ":00");
  if (!spans.length) return t("usual_hours_none");
  const zone = availability.time_zone === "Asia/Shanghai" ? t("zone_shanghai")
    : availability.time_zone === "Asia/Ho_Chi_Minh" ? t("zone_vietnam")
      : availability.time_zone;
  return t("usual_hours", { hours: spans.join(t("list_sep")), zone });
}

function truthTexts() {
  const a = availability;
  if (!a) return null;
  if (a.state === "free") {
    return {
      line: t(a.free === 1 ? "truth_free_one" : "truth_free", { n: a.free }),
      more: a.typical_first_reply_s === null || a.typical_first_reply_s === undefined
        ? "" : t("truth_typical", { wait: waitText(a.typical_first_reply_s) }),
    };
  }
  if (a.state === "busy") {
    const n = a.queue_waiting;
    const wait = a.wait_estimate_s ? waitText(a.wait_estimate_s) : "";
    const key = (n ? "truth_busy_" : "truth_busy_next") + (wait ? (n ? "wait" : "_wait")
      : (n ? "queue" : ""));
    return { line: t(a.online === 1 ? "truth_busy_one" : "truth_busy", { n: a.online }),
      more: t(key, { n, wait }) };
  }
  if (a.state === "queue_full") {
    return { line: t("truth_queue_full"), more: t("truth_queue_full_more") };
  }
  return { line: t("truth_nobody"), more: usualHoursText() };
}

function renderTruth() {
  const texts = truthTexts();
  const closed = !canSell();
  $("truth").hidden = !texts;
  $("truth").classList.toggle("closed", closed);
  $("truth-line").textContent = texts ? texts.line : "";
  $("truth-more").textContent = texts ? texts.more : "";
  $("truth-more").hidden = !(texts && texts.more);
  $("pay-truth").textContent = texts ? texts.line + (texts.more ? " " + texts.more : "") : "";
  $("pay-truth").hidden = !texts;
  $("pay-truth").classList.toggle("closed", closed);
  const rule = availability && availability.refund_after_s
    ? t("refund_rule", { wait: waitText(availability.refund_after_s) })
    : t("refund_rule_plain");
  $("refund-rule").textContent = rule;
  $("pay-rule").textContent = rule;
  $("continue").disabled = closed;
  $("pay").disabled = closed;
}

async function startCheckout(event) {
  event.preventDefault();
  const alias = $("alias").value.trim();
  if (!alias) {
    showError("alias_required");
    $("alias").focus();
    return;
  }
  $("continue").disabled = true;
  try {
    // What is true right now, checked again: nothing is sold that cannot be delivered.
    await refreshAvailability();
    if (!canSell()) {
      $("truth").scrollIntoView({ block: "nearest" });
      return;
    }
    localStorage.setItem(REGION_KEY, $("region").value);
    const method = chosenMethod();
    if (method === "wechat-jsapi" && wechatSignIn()) return;
    const code = new URLSearchParams(location.search).get("code");
    checkout = await api("POST", "/client/checkout", {
      alias, topic: $("topic").value.trim(), length_minutes: chosenLength(),
      client_key: clientKey(), region: $("region").value, language: WIRE_LANG[lang],
      method: method || undefined,
      wechat_code: method === "wechat-jsapi" && code ? code : undefined,
      ...chosenFields(),
    }, undefined, newId());
    if (code) history.replaceState(null, "", location.pathname); // used once
    // One key for every press of Pay for this checkout: a retry after a lost answer gets
    // the chat this payment already started, never a second one.
    checkout.startKey = newId();
    showError(null);
    renderPaySummary();
    show("pay-view");
    if (checkout.qr_image) saveCheckout();
    startPayPoll();
    $("pay").focus();
  } catch (err) {
    if (err instanceof ApiError && err.slug === "client-banned") {
      showError(null);
      showBanned();
      return;
    }
    if (soldOut(err)) return;
    showFailure(err);
  } finally {
    $("continue").disabled = !canSell();
  }
}

// ---- step 2: payment -------------------------------------------------------------------

function renderPaySummary() {
  if (!checkout) return;
  $("pay-summary").textContent = t("pay_summary", {
    n: checkout.length_minutes, amount: yuan(checkout.amount_fen),
    window: t("window_" + checkout.window),
  });
  $("sandbox-notice").hidden = !checkout.sandbox;
  const method = checkout.method || "sandbox";
  // A QR code (a PC): scanned with WeChat; the page notices the payment by itself.
  $("pay-qr").hidden = !checkout.qr_image;
  if (checkout.qr_image && checkout.qr_image.startsWith("data:image/svg+xml")) {
    $("pay-qr").src = checkout.qr_image;
  }
  $("pay-qr").alt = t("pay_qr_alt");
  $("pay-hint").hidden = method === "sandbox";
  $("pay-hint").textContent = method === "sandbox" ? "" : t("pay_hint_" + method.replace("-", "_"));
  $("pay").textContent = t(checkout.qr_image ? "pay_done_button"
    : checkout.pay_url ? "pay_go_" + method.split("-")[0] : "pay_button");
}

function startPayPoll() {
  stopPayPoll();
  if (checkout && checkout.qr_image) payPoll = setInterval(() => {
    if (document.visibilityState === "visible" && !$("pay-view").hidden) confirmPaid(true);
  }, PAY_POLL_MS);
}

function stopPayPoll() {
  clearInterval(payPoll);
  payPoll = null;
}

// Back on the page with a checkout paid (or being paid) at the provider: maybe through
// the provider's return address in a new tab. The chat starts once the provider says paid.
async function resumeCheckout() {
  checkout = loadCheckout();
  if (!checkout) return false;
  renderPaySummary();
  show("pay-view");
  startPayPoll();
  await confirmPaid(true);
  return true;
}

// Nobody online, or the queue full: nothing charged; back to the start step's truth.
function soldOut(err) {
  if (!(err instanceof ApiError) || err.status !== 409 ||
      !["nobody-online", "queue-full", "listener-busy", "listener-away"].includes(err.slug)) {
    return false;
  }
  checkout = null;
  showError(errorKey(err));
  show("start-view");
  refreshAvailability();
  return true;
}

async function pay() {
  if (checkout && checkout.pay_url) {
    // To WeChat Pay / Alipay; it sends the client back here (perhaps in a new tab).
    saveCheckout();
    location.href = checkout.pay_url;
    return;
  }
  if (checkout && checkout.jsapi && window.WeixinJSBridge) {
    saveCheckout();
    window.WeixinJSBridge.invoke("getBrandWCPayRequest", checkout.jsapi, (result) => {
      if (result && result.err_msg === "get_brand_wcpay_request:ok") confirmPaid(false);
      else showError("error_not_paid");
    });
    return;
  }
  await confirmPaid(false);
}

// Ask the server (which asks the provider) whether this checkout is paid; if so, its chat.
// `quiet`: a check of its own (a poll, a return from the provider): "not paid yet" is no
// error then.
async function confirmPaid(quiet) {
  if (!checkout || confirming) return;
  confirming = true;
  $("pay").disabled = true;
  try {
    // The sandbox sells only what can be delivered, checked again; money already taken
    // by a provider always starts its chat (queued, and refunded if nobody answers).
    if (checkout.sandbox) {
      await refreshAvailability();
      if (!canSell()) {
        showError(availability.state === "queue_full" ? "error_queue_full" : "error_nobody");
        checkout = null;
        show("start-view");
        return;
      }
    }
    const started = await api("POST", "/client/checkout/" +
      encodeURIComponent(checkout.payment_id) + "/confirm", undefined, undefined,
      checkout.startKey);
    session = newSession(started);
    session.paymentId = started.payment_id; // another tab showing this checkout joins
    save();
    conversation = started.conversation;
    checkout = null;
    saveCheckout();
    stopPayPoll();
    showError(null);
    await enterChat();
  } catch (err) {
    if (quiet && err instanceof ApiError && err.slug === "payment-not-completed") return;
    if (err instanceof ApiError && err.slug === "client-banned") {
      showError(null);
      checkout = null;
      showBanned();
      return;
    }
    if (soldOut(err)) return;
    showFailure(err);
  } finally {
    confirming = false;
    $("pay").disabled = !canSell();
  }
}
