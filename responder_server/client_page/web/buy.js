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
    checkout = await api("POST", "/client/checkout", {
      alias, topic: $("topic").value.trim(), length_minutes: chosenLength(),
      client_key: clientKey(), region: $("region").value, language: WIRE_LANG[lang],
    }, undefined, newId());
    // One key for every press of Pay for this checkout: a retry after a lost answer gets
    // the chat this payment already started, never a second one.
    checkout.startKey = newId();
    showError(null);
    renderPaySummary();
    show("pay-view");
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
}

// Nobody online, or the queue full: nothing charged; back to the start step's truth.
function soldOut(err) {
  if (!(err instanceof ApiError) || err.status !== 409 ||
      (err.slug !== "nobody-online" && err.slug !== "queue-full")) return false;
  checkout = null;
  showError(errorKey(err));
  show("start-view");
  refreshAvailability();
  return true;
}

async function pay() {
  $("pay").disabled = true;
  try {
    await refreshAvailability();
    if (!canSell()) {
      showError(availability.state === "queue_full" ? "error_queue_full" : "error_nobody");
      checkout = null;
      show("start-view");
      return;
    }
    const started = await api("POST", "/client/checkout/" +
      encodeURIComponent(checkout.payment_id) + "/confirm", undefined, undefined,
      checkout.startKey);
    session = newSession(started);
    save();
    conversation = started.conversation;
    checkout = null;
    showError(null);
    await enterChat();
  } catch (err) {
    if (err instanceof ApiError && err.slug === "client-banned") {
      showError(null);
      checkout = null;
      showBanned();
      return;
    }
    if (soldOut(err)) return;
    showFailure(err);
  } finally {
    $("pay").disabled = !canSell();
  }
}
