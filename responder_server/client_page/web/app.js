// The client's chat page. No build step, no framework. Every piece of text that a client or
// a responder wrote is put into the page with textContent, never parsed as markup.
"use strict";

(function () {
  const API = "/api/v1";
  const STORE_KEY = "responder.session";
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
    "conversation.resources_shared"];

  const $ = (id) => document.getElementById(id);
  let strings = {};
  let lang = "zh";
  let serverOffsetMs = 0; // server clock minus this browser's clock
  let quote = null;
  let checkout = null;
  let session = null; // {conversationId, token, lastEventId, pending: [{id, body}], rated}
  let conversation = null;
  let source = null;
  let reopenTimer = null;
  let typingTimer = null;
  let typingName = "";
  let lastTypingSent = 0;
  let endArmedUntil = 0;
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
      el.textContent = t("minutes", { n: el.dataset.length });
    }
    for (const el of document.querySelectorAll("[data-star]")) {
      el.setAttribute("aria-label", t("star_n", { n: el.dataset.star }));
      el.title = t("star_n", { n: el.dataset.star });
    }
    document.title = t("title");
    renderSmallPrint();
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
    return "error_generic";
  }

  function waitText(seconds) {
    if (seconds < 60) return t("seconds", { n: Math.max(1, Math.round(seconds)) });
    return t("minutes", { n: Math.ceil(seconds / 60) });
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
  }

  function save() {
    if (session) sessionStorage.setItem(STORE_KEY, JSON.stringify(session));
    else sessionStorage.removeItem(STORE_KEY);
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
      span.append(telLink(item.number), " " + localized(item.name, WIRE_LANG[lang]));
      if (parts.length) parts.push(" · ");
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
      showError(null);
    } catch (err) {
      quote = null;
      showFailure(err);
    }
    renderPrice();
  }

  function renderPrice() {
    $("price").textContent = quote
      ? t("price", { window: t("window_" + quote.window), amount: yuan(quote.price_fen) })
      : "";
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
      showFailure(err);
    } finally {
      $("continue").disabled = false;
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

  async function pay() {
    $("pay").disabled = true;
    try {
      const started = await api("POST", "/client/checkout/" +
        encodeURIComponent(checkout.payment_id) + "/confirm", undefined, undefined,
        checkout.startKey);
      session = {
        conversationId: started.conversation.id, token: started.client_token,
        lastEventId: 0, pending: [], rated: false,
      };
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
      showFailure(err);
    } finally {
      $("pay").disabled = false;
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
    $("message").focus();
    openStream();
  }

  function isOver() {
    return conversation && (conversation.state === "ended" || conversation.state === "closed");
  }

  function renderChatStatus() {
    if (!session || !conversation) return;
    const name = conversation.responder_name;
    $("chat-title").textContent = name ? t("chat_with", { name: isolate(name) }) : t("finding");
    const messages = Array.from(shown.values());
    const last = messages[messages.length - 1];
    const awaitingReply = !last || last.dataset.sender === "client";
    const typingShown = !$("typing").hidden;
    $("waiting").textContent = t("waiting");
    $("waiting").hidden = !awaitingReply || typingShown || isOver();
    if (typingShown) $("typing").textContent = t("typing", { name: isolate(typingName) });
    const end = $("end");
    end.textContent = Date.now() < endArmedUntil ? t("end_confirm") : t("end_chat");
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
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
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

  function composerInput() {
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

  async function endClicked() {
    if (Date.now() >= endArmedUntil) {
      endArmedUntil = Date.now() + 4000;
      renderChatStatus();
      setTimeout(renderChatStatus, 4100);
      return;
    }
    endArmedUntil = 0;
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
    // Ended by the other side (or the service): said plainly, without saying why.
    $("ended-note").hidden = Boolean(session && session.leftByMe) ||
      Boolean(conversation && conversation.refunded);
    $("end-title").focus();
  }

  function renderEnd() {
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
      save();
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
  }

  function newChat() {
    session = null;
    conversation = null;
    save();
    shown.clear();
    cards.clear();
    $("log").replaceChildren();
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

    await loadLanguage(localStorage.getItem(LANG_KEY) || "zh");
    await loadResources();
    if (await checkStanding()) {
      showBanned();
      document.body.dataset.ready = "1";
      return;
    }
    try {
      session = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
    } catch (err) {
      session = null;
    }
    if (session) {
      session.pending = session.pending || [];
      await enterChat();
    } else {
      showStart();
    }
    document.body.dataset.ready = "1";
  }

  main();
})();
