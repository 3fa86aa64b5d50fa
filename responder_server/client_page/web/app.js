// The client's chat page. No build step, no framework. Every piece of text that a client or
// a responder wrote is put into the page with textContent, never parsed as markup.
"use strict";

(function () {
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

  // Another tab of this browser changed the stored chat: keep in step (the newer token
  // after an extension, the rating, the resume code); a different chat is left alone.
  function storageChanged(event) {
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

  // ---- step 3: the chat ------------------------------------------------------------------

  async function enterChat() {
    show("chat-view");
    renderChatStatus();
    try {
      conversation = await api("GET", "/conversations/" + session.conversationId,
        undefined, session.token);
      const page = await api("GET", "/conversations/" + session.conversationId +
        "/messages?limit=200", undefined, session.token);
      for (const message of page.messages) addMessage(message);
      for (const card of session.shared || []) addResources(card.data, card.position);
      renderSmallPrint();
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 404)) {
        session = null; // the session is gone (expired token): start afresh
        save();
        showStart();
        return;
      }
      showFailure(err);
    }
    for (const pending of session.pending) {
      if (!shown.has(pending.id)) addPending(pending);
      sendPending(pending);
    }
    if (isOver()) {
      showEnd();
      return;
    }
    renderChatStatus();
    if (!TOUCH) $("message").focus(); // on a phone the keyboard opens when the client taps
    openStream();
  }

  function resetChat() {
    closeStream();
    shown.clear();
    cards.clear();
    $("log").replaceChildren();
    extendOpen = false;
    noticeClosed = false;
  }

  // The conversation again (its time fields, its state) and the server's clock with it.
  async function refreshConversation() {
    if (!session || fetchingTime) return;
    fetchingTime = true;
    try {
      const fresh = await api("GET", "/conversations/" + session.conversationId,
        undefined, session.token);
      if (session && fresh.id === session.conversationId) conversation = fresh;
    } catch (err) {
      // the stream or the next tick tries again
    } finally {
      fetchingTime = false;
    }
    if (isOver()) {
      showEnd();
      return;
    }
    renderChatStatus();
  }

  function isOver() {
    return conversation && (conversation.state === "ended" || conversation.state === "closed");
  }

  function renderChatStatus() {
    if (!session || !conversation) return;
    // The name clients see, only once the listener accepted (null until then).
    const name = conversation.responder_name;
    $("chat-title").textContent = name ? t("chat_with", { name: isolate(name) }) : t("finding");
    const messages = Array.from(shown.values());
    const last = messages[messages.length - 1];
    const awaitingReply = !last || last.dataset.sender === "client";
    const typingShown = !$("typing").hidden;
    const queued = conversation.state === "queued";
    $("waiting").textContent = t(queued ? "waiting_queued" : "waiting");
    $("waiting").hidden = !awaitingReply || typingShown || isOver();
    if (typingShown) $("typing").textContent = t("typing", { name: isolate(typingName) });
    if (queued && !isOver()) startQueuePlace();
    else stopQueuePlace();
    renderTime();
  }

  // ---- the queue: the client's place while nobody has them yet ---------------------------

  async function pollQueuePlace() {
    if (!session || !conversation || conversation.state !== "queued") {
      stopQueuePlace();
      return;
    }
    try {
      queuePlace = await api("GET", "/conversations/" + session.conversationId +
        "/queue-place", undefined, session.token);
    } catch (err) {
      queuePlace = null;
    }
    if (queuePlace && queuePlace.position === null) {
      stopQueuePlace(); // a listener has them: the offer comes over the stream
      refreshConversation();
      return;
    }
    renderQueuePlace();
  }

  function startQueuePlace() {
    if (queueTimer) return;
    queueTimer = setInterval(pollQueuePlace, QUEUE_EVERY_MS);
    pollQueuePlace();
  }

  function stopQueuePlace() {
    clearInterval(queueTimer);
    queueTimer = null;
    queuePlace = null;
    renderQueuePlace();
  }

  function renderQueuePlace() {
    const el = $("queue-place");
    const place = queuePlace;
    if (!place || !place.position) {
      el.hidden = true;
      el.textContent = "";
      return;
    }
    const ahead = place.position - 1;
    let text = ahead > 0 ? t("queue_ahead", { n: ahead }) : t("queue_next");
    if (place.wait_estimate_s) {
      text += " · " + t("queue_wait", { n: Math.max(1, Math.ceil(place.wait_estimate_s / 60)) });
    }
    el.textContent = text;
    el.hidden = false;
  }

  // ---- paid time: the time left, the two-minute notice, time up and extending ------------

  function clockText(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    return (hours ? hours + ":" + pad2(minutes) : String(minutes)) + ":" + pad2(seconds);
  }

  function startClock() {
    if (clockTimer) return;
    clockTimer = setInterval(renderTime, 1000);
  }

  function stopClock() {
    clearInterval(clockTimer);
    clockTimer = null;
  }

  function renderTime() {
    const endsAt = conversation && conversation.ends_at ? Date.parse(conversation.ends_at) : 0;
    const inChat = !$("chat-view").hidden && session && conversation && !isOver();
    if (!inChat || !endsAt) {
      $("time-left").hidden = true;
      $("time-notice").hidden = true;
      $("extend-panel").hidden = true;
      if (!inChat) stopClock();
      return;
    }
    startClock();
    const left = endsAt - serverNow();
    const graceEnd = conversation.grace_ends_at ? Date.parse(conversation.grace_ends_at) : 0;
    const line = $("time-left");
    line.hidden = false;
    line.textContent = left > 0 ? t("time_left", { time: clockText(left) }) : t("time_up_short");
    line.classList.toggle("low", left <= WARN_MS);
    $("time-notice-text").textContent = t("time_warning");
    $("time-notice").hidden = !(left > 0 && left <= WARN_MS) || noticeClosed || extendOpen;
    const panelShown = left <= 0 || extendOpen;
    if (panelShown && $("extend-panel").hidden) loadExtendQuotes(); // prices as it opens
    $("extend-panel").hidden = !panelShown;
    if (panelShown) {
      $("extend-title").textContent = t(left <= 0 ? "time_up_title" : "extend_title");
      $("grace-left").hidden = !(left <= 0 && graceEnd);
      $("grace-left").textContent = graceEnd
        ? t("grace_left", { time: clockText(graceEnd - serverNow()) }) : "";
      $("extend-close").hidden = left <= 0;
    }
  }

  function renderExtendLabel(el) {
    const minutes = Number(el.dataset.extend);
    const q = extendQuotes[minutes];
    const length = document.createElement("span");
    length.textContent = t("length_choice", { n: minutes });
    const price = document.createElement("span");
    price.className = "extend-price";
    price.textContent = q ? yuan(q.price_fen) : "";
    el.replaceChildren(length, price);
  }

  async function loadExtendQuotes() {
    await Promise.all(LENGTHS.map(async (minutes) => {
      try {
        extendQuotes[minutes] = await api("GET", "/client/quote?length_minutes=" + minutes);
      } catch (err) {
        delete extendQuotes[minutes];
      }
    }));
    for (const el of document.querySelectorAll("[data-extend]")) renderExtendLabel(el);
  }

  function openExtend() {
    extendOpen = true;
    renderTime();
    $("extend-pay").scrollIntoView({ block: "nearest" });
  }

  function closeExtend() {
    extendOpen = false;
    noticeClosed = true;
    renderTime();
  }

  // Another block of the same chat with the same listener, through the same checkout.
  async function extendPay() {
    const checked = document.querySelector("input[name=extend-length]:checked");
    const minutes = Number(checked ? checked.value : 15);
    $("extend-pay").disabled = true;
    try {
      const started = await api("POST", "/conversations/" + session.conversationId +
        "/extension", { length_minutes: minutes }, session.token, newId());
      $("extend-sandbox").hidden = !started.sandbox;
      const done = await api("POST", "/client/checkout/" +
        encodeURIComponent(started.payment_id) + "/confirm", undefined, undefined, newId());
      session.token = done.client_token;
      session.tokenExpiresAt = done.client_token_expires_at || session.tokenExpiresAt;
      save();
      conversation = done.conversation;
      extendOpen = false;
      noticeClosed = false;
      showError(null);
      renderChatStatus();
      openStream(); // with the fresh token
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.slug !== "nobody-online" &&
          err.slug !== "queue-full") showError("error_extend");
      else showFailure(err);
    } finally {
      $("extend-pay").disabled = false;
    }
  }

  function timeText(iso) {
    const date = new Date(iso);
    return date.toLocaleTimeString(strings.html_lang || lang,
      { hour: "2-digit", minute: "2-digit" });
  }

  function renderMeta(li) {
    const meta = li.querySelector(".meta");
    const who = li.dataset.sender === "client" ? t("you") :
      (conversation && conversation.responder_name) || t("responder");
    let text = who;
    if (li.dataset.state === "pending") text += " · " + t("sending");
    else if (li.dataset.state === "failed") text += " · " + t("send_failed");
    else if (li.dataset.at) text += " · " + timeText(li.dataset.at);
    meta.textContent = text;
    // A message that did not go out can be sent again from the keyboard too.
    if (li.dataset.state === "failed") {
      li.tabIndex = 0;
      li.setAttribute("role", "button");
    } else {
      li.removeAttribute("tabindex");
      li.removeAttribute("role");
    }
  }

  function bubble(id, sender, body) {
    const li = document.createElement("li");
    li.className = "msg " + sender;
    li.dataset.sender = sender;
    li.dataset.id = id;
    const text = document.createElement("div");
    text.className = "body";
    text.textContent = body; // plain text, never markup: client text stays text
    const meta = document.createElement("div");
    meta.className = "meta";
    li.append(text, meta);
    return li;
  }

  function placeInOrder(li) {
    const log = $("log");
    const position = Number(li.dataset.position || Infinity);
    let before = null;
    for (const other of log.children) {
      const otherPosition = Number(other.dataset.position || Infinity);
      if (otherPosition > position) {
        before = other;
        break;
      }
    }
    log.insertBefore(li, before);
    li.scrollIntoView({ block: "end" });
  }

  function addMessage(message) {
    let li = shown.get(message.id);
    if (li) {
      // Our own message came back: it is sent now. Nothing is shown twice.
      li.dataset.state = "sent";
      li.dataset.at = message.created_at;
      li.dataset.position = String(message.position);
      li.classList.remove("pending", "failed");
      li.remove();
      placeInOrder(li);
      renderMeta(li);
      return;
    }
    if (message.sender === "responder" && conversation && !conversation.ends_at) {
      refreshConversation(); // the first reply starts the paid time: read when it ends
    }
    li = bubble(message.id, message.sender, message.body);
    li.dataset.state = "sent";
    li.dataset.at = message.created_at;
    li.dataset.position = String(message.position);
    shown.set(message.id, li);
    placeInOrder(li);
    renderMeta(li);
    if (message.sender === "responder") hideTyping();
  }

  function addPending(pending) {
    const li = bubble(pending.id, "client", pending.body);
    li.dataset.state = "pending";
    li.classList.add("pending");
    shown.set(pending.id, li);
    placeInOrder(li);
    renderMeta(li);
  }

  function forgetPending(id) {
    session.pending = session.pending.filter((p) => p.id !== id);
    save();
  }

  async function sendPending(pending) {
    const li = shown.get(pending.id);
    try {
      const message = await api("PUT", "/conversations/" + session.conversationId +
        "/messages/" + pending.id, { body: pending.body }, session.token);
      forgetPending(pending.id);
      addMessage(message);
    } catch (err) {
      if (err instanceof ApiError && err.status !== 429 && err.status < 500) {
        forgetPending(pending.id); // refused for good (chat ended, too long): not retried
      }
      if (err instanceof ApiError && (err.status === 429 || err.status === 413)) {
        showFailure(err); // how long to wait, in plain words
      }
      if (li && li.dataset.state !== "sent") {
        li.dataset.state = "failed";
        li.classList.add("failed");
        li.classList.remove("pending");
        renderMeta(li);
      }
    }
    renderChatStatus();
  }

  function send(event) {
    event.preventDefault();
    const body = $("message").value;
    if (!body.trim() || !session) return;
    const pending = { id: newId(), body };
    session.pending.push(pending);
    save();
    $("message").value = "";
    fitComposer();
    hidePasteCut();
    addPending(pending);
    renderChatStatus();
    sendPending(pending);
  }

  function retryClicked(event) {
    const li = event.target.closest("li.msg.failed");
    if (!li || !session) return;
    let pending = session.pending.find((p) => p.id === li.dataset.id);
    if (!pending) {
      pending = { id: li.dataset.id, body: li.querySelector(".body").textContent };
      session.pending.push(pending);
      save();
    }
    li.dataset.state = "pending";
    li.classList.replace("failed", "pending");
    renderMeta(li);
    sendPending(pending);
  }

  function composerKey(event) {
    // On a phone Enter is a new line; the send button sends.
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing && !TOUCH) {
      send(event);
    }
  }

  // The box holds at most `maxlength` characters and the browser drops the rest of a longer
  // paste: say so, with how much was kept, rather than losing the end silently.
  function composerPaste(event) {
    const box = $("message");
    const pasted = (event.clipboardData || window.clipboardData).getData("text");
    const kept = box.value.length - (box.selectionEnd - box.selectionStart);
    const room = box.maxLength - kept;
    if (pasted.length > room) {
      const limit = box.maxLength.toLocaleString(strings.html_lang || lang);
      $("paste-cut").textContent = t("paste_cut", { limit, dropped: (pasted.length - room)
        .toLocaleString(strings.html_lang || lang) });
      $("paste-cut").hidden = false;
    }
  }

  function hidePasteCut() {
    if ($("message").value.length < $("message").maxLength) $("paste-cut").hidden = true;
  }

  // The box grows with what is written (up to a third of the screen, then it scrolls).
  function fitComposer() {
    const box = $("message");
    box.style.height = "auto";
    if (box.value) box.style.height = box.scrollHeight + 2 + "px";
  }

  function composerInput() {
    fitComposer();
    hidePasteCut();
    if (!session || !$("message").value.trim()) return;
    const now = Date.now();
    if (now - lastTypingSent < TYPING_SEND_EVERY_MS) return;
    lastTypingSent = now;
    api("POST", "/conversations/" + session.conversationId + "/typing", undefined,
      session.token).catch(() => {});
  }

  function showTyping(notice) {
    if (serverNow() - Date.parse(notice.at) > TYPING_STALE_MS) return; // replayed, stale
    typingName = notice.alias || t("responder");
    $("typing").hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_SHOW_MS);
    renderChatStatus();
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    $("typing").hidden = true;
    renderChatStatus();
  }

  // ---- dialogs: ending asks once; another device gets a link and a code ------------------

  function openDialog(dialog) {
    if (typeof dialog.showModal === "function") {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute("open", ""); // a browser without <dialog>: shown in place
    }
  }

  function closeDialog(dialog) {
    if (typeof dialog.close === "function") dialog.close();
    else dialog.removeAttribute("open");
  }

  function endClicked() {
    openDialog($("end-dialog"));
    $("end-no").focus();
  }

  async function endConfirmed() {
    closeDialog($("end-dialog"));
    try {
      conversation = await api("POST", "/conversations/" + session.conversationId + "/leave",
        undefined, session.token);
      session.leftByMe = true;
      save();
      showEnd();
    } catch (err) {
      showFailure(err);
    }
  }

  function formatCode(code) {
    const plain = normalizeCode(code);
    return plain.length === 10 ? plain.slice(0, 5) + "-" + plain.slice(5) : plain;
  }

  function normalizeCode(code) {
    return String(code || "").replace(/[^0-9a-z]/gi, "").toUpperCase();
  }

  function resumeUrl(resume) {
    const path = resume.path || "/chat/#resume=" + normalizeCode(resume.code);
    return location.origin + path;
  }

  // One code per chat, kept with it; a new one (the old stops working) only on request.
  async function openResume(rotate) {
    if (!session) return;
    $("resume-status").textContent = "";
    if (!session.resume || rotate === true) {
      try {
        const link = await api("POST", "/conversations/" + session.conversationId +
          "/resume-link", undefined, session.token);
        session.resume = { code: link.code, path: link.path };
        save();
      } catch (err) {
        showFailure(err);
        return;
      }
    }
    $("resume-link").value = resumeUrl(session.resume);
    $("resume-code").value = formatCode(session.resume.code);
    if (rotate === true) $("resume-status").textContent = t("resume_rotated");
    openDialog($("resume-dialog"));
    $("resume-close").focus();
  }

  async function copyFrom(input) {
    let copied = false;
    try {
      await navigator.clipboard.writeText(input.value);
      copied = true;
    } catch (err) {
      input.focus();
      input.select();
      try {
        copied = document.execCommand("copy");
      } catch (err2) {
        copied = false;
      }
    }
    $("resume-status").textContent = t(copied ? "copied" : "copy_by_hand");
  }

  // A resume code (from a link's #resume= or typed on the start step) for a fresh token
  // of that chat; the stored chat of this browser, if it is the same one, keeps its state.
  async function resumeWith(code) {
    const plain = normalizeCode(code);
    if (plain.length < 4) {
      showError("resume_unknown");
      return false;
    }
    let started;
    try {
      started = await api("POST", "/client/resume", { code: plain }, undefined);
    } catch (err) {
      if (err instanceof ApiError && err.status === 410) showError("resume_ended");
      else if (err instanceof ApiError && (err.status === 404 || err.status === 422)) {
        showError("resume_unknown");
      } else showFailure(err);
      return false;
    }
    const resume = { code: plain, path: "/chat/#resume=" + plain };
    if (session && session.conversationId === started.conversation.id) {
      session.token = started.client_token;
      session.tokenExpiresAt = started.client_token_expires_at || session.tokenExpiresAt;
      session.resume = session.resume || resume;
    } else {
      session = newSession(started, resume);
    }
    save();
    conversation = started.conversation;
    resetChat();
    showError(null);
    await enterChat();
    return true;
  }

  async function resumeTyped(event) {
    event.preventDefault();
    $("resume-go").disabled = true;
    try {
      await resumeWith($("resume-input").value);
    } finally {
      $("resume-go").disabled = false;
    }
  }

  // ---- the event stream ------------------------------------------------------------------

  function setConnection(lost) {
    const el = $("connection");
    el.textContent = lost ? t("reconnecting") : "";
    el.hidden = !lost;
  }

  function onEvent(event) {
    const envelope = JSON.parse(event.data);
    if (!session || envelope.seq <= session.lastEventId) return; // seen before
    session.lastEventId = envelope.seq;
    save();
    const data = envelope.data;
    switch (envelope.type) {
      case "message.created":
        addMessage(data);
        break;
      case "typing.changed":
        if (data.sender === "responder") showTyping(data);
        break;
      case "conversation.resources_shared":
        addResources(data);
        break;
      case "conversation.offered":
      case "conversation.queued":
        conversation = data;
        for (const li of shown.values()) renderMeta(li);
        break;
      case "conversation.ended":
      case "conversation.closed":
        conversation = data;
        showEnd();
        return;
      case "conversation.time_warning":
      case "conversation.time_up":
      case "conversation.extended":
        if (conversation && data.conversation_id === conversation.id) {
          conversation = Object.assign({}, conversation, {
            paid_minutes: data.paid_minutes, ends_at: data.ends_at,
            grace_ends_at: data.grace_ends_at,
          });
          if (envelope.type === "conversation.extended") {
            extendOpen = false;
            noticeClosed = false;
          }
        }
        refreshConversation(); // and the server's clock, for the time left
        break;
    }
    renderChatStatus();
  }

  function closeStream() {
    clearTimeout(reopenTimer);
    if (source) source.close();
    source = null;
  }

  async function openStream() {
    closeStream();
    if (!session || isOver()) return;
    let ticket;
    try {
      ticket = await api("POST", "/client/stream-ticket", undefined, session.token);
    } catch (err) {
      setConnection(true);
      reopenTimer = setTimeout(openStream, 2000);
      return;
    }
    if (!session || isOver()) return;
    const url = API + "/client/events?ticket=" + encodeURIComponent(ticket.ticket) +
      "&last_event_id=" + encodeURIComponent(String(session.lastEventId || 0));
    const es = new EventSource(url);
    source = es;
    es.onopen = () => setConnection(false);
    es.onerror = () => {
      if (source !== es) return;
      setConnection(true);
      // CONNECTING: the browser retries itself, sending Last-Event-ID. CLOSED: it gave up
      // (the ticket expired, say): get a new ticket and go on from the last event seen.
      if (es.readyState === EventSource.CLOSED) {
        reopenTimer = setTimeout(openStream, 1000);
      }
    };
    for (const type of EVENT_TYPES) es.addEventListener(type, onEvent);
  }

  // ---- step 4: goodbye and rating --------------------------------------------------------

  function showEnd() {
    closeStream();
    setConnection(false);
    show("end-view");
    renderEnd();
    closeDialog($("end-dialog"));
    closeDialog($("resume-dialog"));
    $("end-title").focus();
  }

  function renderEnd() {
    // Ended by the other side (or the service): said plainly, without saying why; the paid
    // time and its grace ran out: said so (not "the listener left").
    const byTime = Boolean(conversation && conversation.ended_by === "time");
    $("ended-note").textContent = t(byTime ? "ended_by_time" : "ended_by_other");
    $("ended-note").hidden = !byTime && (Boolean(session && session.leftByMe) ||
      Boolean(conversation && conversation.refunded) || !conversation);
    // Refunded: the client never got a reply, so nothing is charged and there is no one
    // to rate; the page says so in plain words.
    const refunded = Boolean(conversation && conversation.refunded);
    $("end-title").dataset.i18n = refunded ? "refund_title" : "end_title";
    $("end-title").textContent = t($("end-title").dataset.i18n);
    $("end-text").hidden = refunded;
    $("refund-notice").hidden = !refunded;
    $("refund-notice").textContent = refunded
      ? t("refund_text", { amount: yuan(conversation.price_fen) }) : "";
    $("rating-form").hidden = refunded || Boolean(session && session.rated);
    $("rating-thanks").hidden = refunded || !(session && session.rated);
  }

  function starsChanged() {
    const chosen = Number((document.querySelector("input[name=stars]:checked") || {}).value || 0);
    for (const label of document.querySelectorAll("[data-star]")) {
      label.classList.toggle("on", Number(label.dataset.star) <= chosen);
    }
  }

  async function rate(event) {
    event.preventDefault();
    const checked = document.querySelector("input[name=stars]:checked");
    if (!checked) {
      showError("rating_needed");
      return;
    }
    $("rate").disabled = true;
    try {
      await api("POST", "/conversations/" + session.conversationId + "/rating",
        { stars: Number(checked.value), comment: $("comment").value }, session.token);
      done();
    } catch (err) {
      if (err instanceof ApiError && err.slug === "already-rated") done();
      else showFailure(err);
    } finally {
      $("rate").disabled = false;
    }

    function done() {
      session.rated = true;
      save(); // kept a little while (the thanks after a reload), then dropped
      showError(null);
      $("rating-form").hidden = true;
      $("rating-thanks").hidden = false;
      $("new-chat").focus();
    }
  }

  function showStart() {
    closeStream();
    show("start-view");
    renderSmallPrint();
    refreshQuote();
    refreshAvailability();
  }

  // ---- the visible viewport: the on-screen keyboard never hides the composer -------------

  function fitViewport() {
    const vv = window.visualViewport;
    if (!vv) return;
    document.documentElement.style.setProperty("--vvh", Math.round(vv.height) + "px");
    document.body.classList.toggle("short", vv.height < 480);
    if (document.body.classList.contains("in-chat") && vv.offsetTop > 0) window.scrollTo(0, 0);
  }

  // Back from another app, the phone unlocked, the page restored: the stream again (it
  // replays what was missed) and the time left against the server's clock.
  function pageBack() {
    if (document.visibilityState !== "visible" || !session || !conversation || isOver()) return;
    if (!source || source.readyState === EventSource.CLOSED) openStream();
    refreshConversation();
  }

  function newChat() {
    session = null;
    conversation = null;
    save();
    resetChat();
    $("rating-form").reset();
    starsChanged();
    showStart();
    $("alias").focus();
  }

  // ---- start -----------------------------------------------------------------------------

  async function main() {
    $("end-title").tabIndex = -1;
    $("lang").addEventListener("change", () => {
      localStorage.setItem(LANG_KEY, $("lang").value);
      loadLanguage($("lang").value);
    });
    $("start-form").addEventListener("submit", startCheckout);
    for (const radio of document.querySelectorAll("input[name=length]")) {
      radio.addEventListener("change", refreshQuote);
    }
    $("back").addEventListener("click", () => show("start-view"));
    $("pay").addEventListener("click", pay);
    $("composer").addEventListener("submit", send);
    $("message").addEventListener("keydown", composerKey);
    $("message").addEventListener("input", composerInput);
    $("message").addEventListener("paste", composerPaste);
    $("log").addEventListener("click", retryClicked);
    $("log").addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") retryClicked(event);
    });
    $("end").addEventListener("click", endClicked);
    $("end-no").addEventListener("click", () => closeDialog($("end-dialog")));
    $("end-yes").addEventListener("click", endConfirmed);
    $("resume-open").addEventListener("click", () => openResume(false));
    $("resume-rotate").addEventListener("click", () => openResume(true));
    $("resume-close").addEventListener("click", () => closeDialog($("resume-dialog")));
    $("copy-link").addEventListener("click", () => copyFrom($("resume-link")));
    $("copy-code").addEventListener("click", () => copyFrom($("resume-code")));
    $("resume-form").addEventListener("submit", resumeTyped);
    $("time-notice-extend").addEventListener("click", openExtend);
    $("extend-close").addEventListener("click", closeExtend);
    $("extend-pay").addEventListener("click", extendPay);
    $("help-toggle").addEventListener("click", () => {
      setHelpOpen($("help-panel").hidden);
      if (!$("help-panel").hidden) $("help-panel").scrollIntoView({ block: "nearest" });
    });
    $("message").addEventListener("focus", () => {
      const log = $("log");
      setTimeout(() => { log.scrollTop = log.scrollHeight; }, 300);
    });
    window.addEventListener("storage", storageChanged);
    document.addEventListener("visibilitychange", pageBack);
    window.addEventListener("pageshow", (event) => { if (event.persisted) pageBack(); });
    if (window.visualViewport) {
      window.visualViewport.addEventListener("resize", fitViewport);
      window.visualViewport.addEventListener("scroll", fitViewport);
    }
    fitViewport();
    if (TOUCH) document.documentElement.classList.add("touch");
    $("rating-form").addEventListener("submit", rate);
    $("rating-form").addEventListener("change", starsChanged);
    $("new-chat").addEventListener("click", newChat);
    $("region").addEventListener("change", () => {
      localStorage.setItem(REGION_KEY, $("region").value);
      renderSmallPrint();
    });
    window.addEventListener("online", () => {
      if (session && !isOver() && (!source || source.readyState === EventSource.CLOSED)) {
        openStream();
      }
    });

    // All at once: on a slow link every round trip counts. A first visit shows the start
    // step as soon as its words are here; the standing check may still turn it away.
    const languageLoaded = loadLanguage(localStorage.getItem(LANG_KEY) || "zh");
    const standing = checkStanding();
    const resourcesLoaded = loadResources();
    await languageLoaded;
    session = loadStored();
    if (!session && !location.hash.startsWith("#resume=")) showStart();
    await resourcesLoaded;
    if (await standing) {
      showBanned();
      document.body.dataset.ready = "1";
      return;
    }
    // A resume link (#resume=CODE): traded for this chat, then gone from the address bar
    // (and from the history), so a reload or a shared screenshot does not carry it.
    const match = /^#resume=([0-9A-Za-z-]{4,40})$/.exec(location.hash);
    if (location.hash.startsWith("#resume=")) {
      history.replaceState(null, "", location.pathname + location.search);
    }
    if (match && await resumeWith(match[1])) {
      // in the chat
    } else if (session && $("chat-view").hidden) {
      await enterChat();
    } else if (!session && $("start-view").hidden) {
      showStart();
    }
    document.body.dataset.ready = "1";
  }

  main();
})();
