// The client's chat page, part 1 of 4: what every part shares (constants, state, strings,
// the API, local storage) and safety (who this client is, their region, the small print and
// its hotlines, resources the listener shared, a banned client). No build step, no
// framework: classic scripts loaded with defer, in order (core, buy, chat, app), sharing
// these top-level names. Every piece of text that a client or a responder wrote is put
// into the page with textContent, never parsed as markup.
"use strict";

const API = "/api/v1";
// The open chat, kept in localStorage so it survives the tab closing, a reload, the
// browser killing the page: {v, conversationId, token, tokenExpiresAt, lastEventId,
// pending, shared, rated, leftByMe, resume: {code, path}, savedAt}. Versioned key.
const STORE_KEY = "responder.chat.v1";
const OLD_STORE_KEY = "responder.session"; // sessionStorage, before issue 23
const DONE_KEEP_MS = 30 * 60 * 1000; // ended and rated: the thanks stays this long
const LANG_KEY = "responder.lang";
const CLIENT_KEY = "responder.client_key"; // who this browser is, across sessions
const REGION_KEY = "responder.region";
// A checkout being paid at WeChat Pay or Alipay: {checkout, startKey, savedAt}. The
// provider sends the client back to this page, maybe in another tab; that tab picks it up.
const CHECKOUT_KEY = "responder.checkout.v1";
const CHECKOUT_KEEP_MS = 30 * 60 * 1000; // an unpaid order is closed long before this
const FORM_KEY = "responder.form"; // the start form, kept over WeChat's sign-in redirect
const PAY_POLL_MS = 4000; // while a QR code waits to be scanned: is it paid yet?
// How this browser can pay: WeChat Pay inside WeChat; WeChat Pay H5 or Alipay in another
// phone browser; a QR code (or Alipay's page) on a PC. The sandbox wherever it is offered.
const UA = navigator.userAgent || "";
const IN_WECHAT = /MicroMessenger/i.test(UA);
const PHONE = /Android|iPhone|iPad|iPod|Mobile|HarmonyOS/i.test(UA);
const METHOD_ORDER = IN_WECHAT ? ["wechat-jsapi"]
  : PHONE ? ["wechat-h5", "alipay-wap"] : ["wechat-native", "alipay-page"];
const WIRE_LANG = { zh: "zh_CN", vi: "vi", en: "en" }; // the page's codes -> the API's
const LANGS = ["zh", "en", "vi"];
const TYPING_SEND_EVERY_MS = 2500; // the server drops notices closer together anyway
const TYPING_SHOW_MS = 5000;
const TYPING_STALE_MS = 6000; // a replayed notice older than this is ignored
const EVENT_TYPES = ["conversation.offered", "conversation.queued", "conversation.ended",
  "conversation.closed", "message.created", "typing.changed",
  "conversation.resources_shared", "conversation.time_warning", "conversation.time_up",
  "conversation.extended"];
const TRUTH_EVERY_MS = 20000; // availability while on the start or pay step
const QUEUE_EVERY_MS = 10000; // the client's place while queued
const WARN_MS = 120000; // the two-minute notice
const LENGTHS = [15, 30, 60];
// A phone or tablet: no keyboard hint, and Enter makes a new line (the send button sends).
const TOUCH = window.matchMedia("(pointer: coarse)").matches ||
  (navigator.maxTouchPoints > 0 && !window.matchMedia("(hover: hover)").matches);

const $ = (id) => document.getElementById(id);
let strings = {};
let lang = "zh";
let serverOffsetMs = 0; // server clock minus this browser's clock
let quote = null;
let quoteFailed = false;
let checkout = null;
let session = null; // {conversationId, token, lastEventId, pending: [{id, body}], rated}
let conversation = null;
let source = null;
let reopenTimer = null;
let typingTimer = null;
let typingName = "";
let lastTypingSent = 0;
let availability = null; // GET /client/availability: the truth before paying
let truthTimer = null;
let payPoll = null; // while a QR code waits: asks whether it is paid
let confirming = false;
let queueTimer = null;
let queuePlace = null;
let clockTimer = null;
let extendQuotes = {}; // minutes -> Quote
let extendOpen = false; // the client opened the extend panel before the time was up
let noticeClosed = false;
let fetchingTime = false;
let resources = null; // the operator's hotlines by region (GET /client/resources)
const shown = new Map(); // message id -> <li>
const cards = new Map(); // share id -> {li, data}: resources the listener shared

// ---- strings ---------------------------------------------------------------------------

function t(key, values) {
  let text = strings[key] || key;
  for (const [name, value] of Object.entries(values || {})) {
    text = text.split("{" + name + "}").join(String(value));
  }
  return text;
}

async function loadLanguage(code) {
  lang = LANGS.includes(code) ? code : "zh";
  const response = await fetch("i18n/" + lang + ".json");
  strings = await response.json();
  document.documentElement.lang = strings.html_lang || lang;
  $("lang").value = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  }
  for (const el of document.querySelectorAll("[data-length]")) {
    el.textContent = t("length_choice", { n: el.dataset.length });
  }
  for (const el of document.querySelectorAll("[data-star]")) {
    el.setAttribute("aria-label", t("star_n", { n: el.dataset.star }));
    el.title = t("star_n", { n: el.dataset.star });
  }
  for (const el of document.querySelectorAll("[data-extend]")) renderExtendLabel(el);
  $("message").placeholder = t(TOUCH ? "composer_placeholder_touch" : "composer_placeholder");
  document.title = t("title");
  renderSmallPrint();
  renderTruth();
  if (typeof renderChosen === "function") renderChosen(); // chosen.js, loaded after this
  renderQueuePlace();
  renderTime();
  for (const card of cards.values()) renderCard(card.li, card.data);
  renderPrice();
  renderPaySummary();
  renderChatStatus();
  renderEnd();
  for (const li of shown.values()) renderMeta(li);
}

// ---- helpers ---------------------------------------------------------------------------

function yuan(fen) {
  return "¥" + (fen / 100).toFixed(2);
}

function serverNow() {
  return Date.now() + serverOffsetMs;
}

function noteServerTime(response) {
  const ms = Number(response.headers.get("X-Server-Time"));
  if (ms) serverOffsetMs = ms - Date.now();
}

function newId() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" +
    h.slice(16, 20) + "-" + h.slice(20);
}

class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.detail) || "HTTP " + status);
    this.status = status;
    this.slug = problem && problem.type ? String(problem.type).split(":").pop() : "";
    this.retryAfter = 0; // seconds, from Retry-After on a 429
  }
}

// A name set inside a sentence, in Unicode isolates: a right-to-left name (or one with a
// direction override) cannot reorder the words around it.
function isolate(name) {
  return "\u2068" + name + "\u2069";
}

async function api(method, path, body, token, idempotencyKey) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (token) headers.Authorization = "Bearer " + token;
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  const response = await fetch(API + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  noteServerTime(response);
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const err = new ApiError(response.status, data);
    err.retryAfter = Number(response.headers.get("Retry-After")) || 0;
    throw err;
  }
  return data;
}

function showError(key, values) {
  const el = $("error");
  if (!key) {
    el.hidden = true;
    return;
  }
  el.textContent = t(key, values);
  el.hidden = false;
}

function errorKey(err) {
  if (!(err instanceof ApiError)) return "error_network";
  if (err.slug === "payment-not-completed") return "error_not_paid";
  if (err.slug === "payment-used") return "error_payment_used";
  if (err.slug === "nobody-online") return "error_nobody";
  if (err.slug === "queue-full") return "error_queue_full";
  if (err.slug === "listener-busy") return "error_listener_busy";
  if (err.slug === "listener-away") return "error_listener_away";
  return "error_generic";
}

function waitText(seconds) {
  if (seconds < 60) {
    const n = Math.max(1, Math.round(seconds));
    return n === 1 ? t("second_one") : t("seconds", { n });
  }
  const n = Math.ceil(seconds / 60);
  return n === 1 ? t("minute_one") : t("minutes", { n });
}

// The server's limits and size cap, in plain words; anything else by errorKey.
function showFailure(err) {
  if (err instanceof ApiError && err.status === 429) {
    if (err.slug === "too-many-unanswered") showError("error_unanswered");
    else showError("error_limited", { wait: waitText(err.retryAfter || 30) });
  } else if (err instanceof ApiError && err.status === 413) {
    showError("error_too_large");
  } else {
    showError(errorKey(err));
  }
}

function show(view) {
  for (const id of ["start-view", "pay-view", "chat-view", "end-view", "banned-view"]) {
    $(id).hidden = id !== view;
  }
  document.body.classList.toggle("in-chat", view === "chat-view");
  document.body.dataset.step = view.replace("-view", "");
  if (view === "start-view" || view === "pay-view") startTruthTimer();
  else stopTruthTimer();
  if (view !== "chat-view") {
    stopQueuePlace();
    stopClock();
  }
}

function save() {
  try {
    if (session) {
      session.v = 1;
      session.savedAt = Date.now();
      localStorage.setItem(STORE_KEY, JSON.stringify(session));
    } else {
      localStorage.removeItem(STORE_KEY);
    }
  } catch (err) {
    // storage full or forbidden (a private window): the chat goes on in this page
  }
}

function parseJson(text) {
  try {
    return JSON.parse(text || "null");
  } catch (err) {
    return null;
  }
}

// The stored chat, or null: dropped once its token expired, or a while after it was
// ended and rated. A chat kept by an older page (sessionStorage) moves over once.
function loadStored() {
  let stored = parseJson(localStorage.getItem(STORE_KEY));
  if (!stored) {
    stored = parseJson(sessionStorage.getItem(OLD_STORE_KEY));
    sessionStorage.removeItem(OLD_STORE_KEY);
  }
  if (!stored || typeof stored.conversationId !== "string" || typeof stored.token !== "string") {
    localStorage.removeItem(STORE_KEY);
    return null;
  }
  const expired = stored.tokenExpiresAt && Date.parse(stored.tokenExpiresAt) <= serverNow();
  const done = stored.rated && stored.savedAt && Date.now() - stored.savedAt > DONE_KEEP_MS;
  if (expired || done) {
    localStorage.removeItem(STORE_KEY);
    return null;
  }
  stored.pending = stored.pending || [];
  return stored;
}

function newSession(started, resume) {
  return {
    conversationId: started.conversation.id, token: started.client_token,
    tokenExpiresAt: started.client_token_expires_at || null,
    lastEventId: 0, pending: [], shared: [], rated: false, resume: resume || null,
  };
}

// ---- a checkout at the provider: kept while the client pays there ---------------------

function usableMethods(offered) {
  const usable = METHOD_ORDER.filter((m) => (offered || []).includes(m));
  if ((offered || []).includes("sandbox")) usable.push("sandbox");
  return usable;
}

function saveCheckout() {
  try {
    if (checkout) {
      localStorage.setItem(CHECKOUT_KEY, JSON.stringify({
        checkout, startKey: checkout.startKey, savedAt: Date.now() }));
    } else {
      localStorage.removeItem(CHECKOUT_KEY);
    }
  } catch (err) {
    // a private window: paying still works in this tab
  }
}

function loadCheckout() {
  const stored = parseJson(localStorage.getItem(CHECKOUT_KEY));
  if (!stored || !stored.checkout || typeof stored.checkout.payment_id !== "string" ||
      !stored.savedAt || Date.now() - stored.savedAt > CHECKOUT_KEEP_MS) {
    localStorage.removeItem(CHECKOUT_KEY);
    return null;
  }
  stored.checkout.startKey = stored.startKey;
  return stored.checkout;
}

// Another tab of this browser changed the stored chat: keep in step (the newer token
// after an extension, the rating, the resume code); a different chat is left alone. A
// chat another tab started from the checkout this tab shows (the client came back from
// the provider there) is this tab's chat too.
function storageChanged(event) {
  if (event.key === STORE_KEY && !session && checkout && event.newValue) {
    const other = parseJson(event.newValue);
    if (other && other.paymentId === checkout.payment_id) {
      session = loadStored();
      checkout = null;
      stopPayPoll();
      if (session) enterChat();
    }
    return;
  }
  if (event.key !== STORE_KEY || !session) return;
  const other = parseJson(event.newValue);
  if (!other || other.conversationId !== session.conversationId) return;
  if (other.tokenExpiresAt && (!session.tokenExpiresAt ||
      Date.parse(other.tokenExpiresAt) > Date.parse(session.tokenExpiresAt))) {
    session.token = other.token;
    session.tokenExpiresAt = other.tokenExpiresAt;
  }
  session.rated = session.rated || Boolean(other.rated);
  if (other.resume) session.resume = other.resume;
  if (session.rated && !$("end-view").hidden) renderEnd();
}

// ---- safety: who this client is, their region, the small print, shared resources -------

function clientKey() {
  let key = localStorage.getItem(CLIENT_KEY);
  if (!key || key.length < 16) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    key = Array.from(bytes, (x) => x.toString(16).padStart(2, "0")).join("");
    localStorage.setItem(CLIENT_KEY, key);
  }
  return key;
}

function chosenRegion() {
  if (conversation && conversation.client_region) return conversation.client_region;
  return $("region").value || (resources && resources.default_region) || "CN";
}

function regionResources(region) {
  if (!resources) return [];
  return resources.regions[region] || resources.regions.other || [];
}

function localized(text, wire) {
  return (text && (text[wire] || text.en)) || "";
}

function telLink(number) {
  const a = document.createElement("a");
  a.href = "tel:" + String(number).replace(/[^0-9+]/g, "");
  a.textContent = number;
  return a;
}

function renderSmallPrint() {
  const inSession = Boolean(session && conversation && conversation.client_region);
  if (inSession && $("region").querySelector("option[value='" +
    conversation.client_region + "']")) $("region").value = conversation.client_region;
  $("region").disabled = inSession; // this chat's hotlines follow the region it began with
  const holder = $("emergency-numbers");
  const parts = [];
  for (const item of regionResources(chosenRegion())) {
    const span = document.createElement("span");
    span.className = "number";
    // Names often hold the number ("12356 心理援助热线"): the number shows once, as the link.
    const name = localized(item.name, WIRE_LANG[lang]).split(String(item.number)).join("")
      .replace(/\s+/g, " ").trim();
    span.append(telLink(item.number), name ? " " + name : "");
    parts.push(span);
  }
  holder.replaceChildren(...parts);
  $("emergency").hidden = parts.length === 0;
}

async function loadResources() {
  try {
    resources = await api("GET", "/client/resources");
  } catch (err) {
    resources = null; // the small print's first line still shows
  }
  const stored = localStorage.getItem(REGION_KEY);
  const fallback = lang === "vi" ? "VN" : lang === "zh" ? "CN" :
    (resources && resources.default_region) || "CN";
  $("region").value = stored || fallback;
  if (!$("region").value) $("region").value = "other";
  renderSmallPrint();
}

function renderCard(li, data) {
  // Written in the page's language (the client's); every text goes in as textContent.
  const wire = WIRE_LANG[lang] || data.language;
  const heading = document.createElement("h3");
  heading.textContent = t("resources_title");
  const from = document.createElement("p");
  from.className = "from";
  from.textContent = t("resources_from");
  const list = document.createElement("ul");
  for (const item of data.resources) {
    const entry = document.createElement("li");
    const name = document.createElement("div");
    name.className = "name";
    name.textContent = localized(item.name, wire);
    const description = document.createElement("div");
    description.className = "description";
    description.textContent = localized(item.description, wire);
    const call = telLink(item.number);
    call.className = "call";
    call.setAttribute("aria-label", t("resources_call", { number: item.number }));
    entry.append(name, description, call);
    list.append(entry);
  }
  li.replaceChildren(heading, from, list);
}

function lastPosition() {
  let last = 0;
  for (const li of $("log").children) {
    const position = Number(li.dataset.position);
    if (Number.isFinite(position) && position > last) last = position;
  }
  return last;
}

function addResources(data, position) {
  if (cards.has(data.id)) return;
  const li = document.createElement("li");
  li.className = "resources-card";
  li.setAttribute("role", "note");
  li.dataset.share = String(data.id);
  // After the last message shown when it was shared; later messages go after it.
  li.dataset.position = String(position === undefined ? lastPosition() + 0.5 : position);
  renderCard(li, data);
  cards.set(data.id, { li, data });
  placeInOrder(li);
  if (!session.shared) session.shared = [];
  if (!session.shared.some((s) => s.data.id === data.id)) {
    session.shared.push({ data, position: Number(li.dataset.position) });
    save();
  }
}

function showBanned() {
  closeStream();
  session = null;
  save();
  show("banned-view");
  renderSmallPrint();
  setHelpOpen(true); // "call one of the numbers below": they are shown, not folded away
}

function setHelpOpen(open) {
  $("help-panel").hidden = !open;
  $("help-toggle").setAttribute("aria-expanded", open ? "true" : "false");
}

async function checkStanding() {
  try {
    const standing = await api("POST", "/client/standing", { client_key: clientKey() });
    return Boolean(standing.banned);
  } catch (err) {
    return false; // the server says so again at checkout if it must
  }
}
