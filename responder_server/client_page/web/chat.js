// The client's chat page, part 3 of 4: the chat itself (history, messages that survive
// being offline, typing), its event stream, the queue place, the paid time (time left, the
// two-minute notice, extending) and the dialogs (ending; another device: link and code).
"use strict";

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

// Ids being sent now: a message typed while the chat's history loads is sent once, not
// again by the resend of what was pending (each send counts against the client's limit).
const inFlight = new Set();

async function sendPending(pending) {
  if (inFlight.has(pending.id)) return;
  inFlight.add(pending.id);
  try {
    await sendOnce(pending);
  } finally {
    inFlight.delete(pending.id);
  }
}

async function sendOnce(pending) {
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
      // A stream opened from the start (a resume link) replays these from before the first
      // reply: such a summary has no end yet and must not hide the time that is running.
      if (conversation && conversation.first_reply_at && !data.first_reply_at) break;
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

// Another block of the same chat with the same listener, through the same checkout. A
// tap again after a lost answer sends the same keys, so the server answers the payment it
// already has (and the block it already added) instead of charging a second one.
let extendKeys = null; // {conversationId, minutes, checkout, confirm}

function showExtendPayment(started) {
  const method = started.method || "sandbox";
  $("extend-hint").hidden = false;
  $("extend-hint").textContent = t("pay_hint_" + method.replace("-", "_"));
  $("extend-qr").alt = t("pay_qr_alt");
  $("extend-qr").hidden = !started.qr_image;
  if (started.qr_image && started.qr_image.startsWith("data:image/svg+xml")) {
    $("extend-qr").src = started.qr_image;
    clearInterval(extendPoll);
    extendPoll = setInterval(() => {
      if (document.visibilityState === "visible" && !$("extend-panel").hidden) extendPay(true);
    }, PAY_POLL_MS);
  }
  if (started.pay_url) window.open(started.pay_url, "_blank", "noopener");
  $("extend-pay").textContent = t("pay_done_button");
}

function hideExtendPayment() {
  clearInterval(extendPoll);
  extendPoll = null;
  $("extend-hint").hidden = true;
  $("extend-qr").hidden = true;
  $("extend-pay").textContent = t("extend_pay");
}

let extendPoll = null; // while an extension's QR code waits to be scanned

// `quietly`: the poll under a QR code, where "not paid yet" is no error.
async function extendPay(quietly) {
  quietly = quietly === true;
  if (quietly && $("extend-pay").disabled) return; // a press is already asking
  const checked = document.querySelector("input[name=extend-length]:checked");
  const minutes = Number(checked ? checked.value : 15);
  if (!extendKeys || extendKeys.minutes !== minutes ||
      extendKeys.conversationId !== session.conversationId) {
    extendKeys = { conversationId: session.conversationId, minutes: minutes,
      checkout: newId(), confirm: newId() };
  }
  const keys = extendKeys;
  $("extend-pay").disabled = true;
  try {
    const started = await api("POST", "/conversations/" + session.conversationId +
      "/extension", { length_minutes: minutes }, session.token, keys.checkout);
    $("extend-sandbox").hidden = !started.sandbox;
    // Real money, the first press: paid the way the chat was (a QR code here, WeChat's
    // cashier, or the provider in another tab so the chat stays); the next press (or the
    // poll under a QR code) asks whether it is paid.
    if (!started.sandbox && !keys.asked) {
      keys.asked = true;
      if (started.jsapi && window.WeixinJSBridge) {
        await new Promise((resolve) => window.WeixinJSBridge.invoke(
          "getBrandWCPayRequest", started.jsapi, resolve));
      } else {
        showExtendPayment(started);
        return;
      }
    }
    const done = await api("POST", "/client/checkout/" +
      encodeURIComponent(started.payment_id) + "/confirm", undefined, undefined, keys.confirm);
    extendKeys = null; // the next block is a new payment
    hideExtendPayment();
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
    if (quietly && err instanceof ApiError && err.status === 402) return;
    // Refused for good (closed, used, conflicting): a new attempt is a new payment. Not
    // paid yet, busy or a lost answer: the same keys again.
    if (err instanceof ApiError && err.status < 500 && err.status !== 402 &&
        err.status !== 429) extendKeys = null;
    if (err instanceof ApiError && err.status === 409 && err.slug !== "nobody-online" &&
        err.slug !== "queue-full") showError("error_extend");
    else showFailure(err);
  } finally {
    $("extend-pay").disabled = false;
  }
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
  // A browser that never chose a language reads the chat in the one it was begun in.
  const chatLang = Object.keys(WIRE_LANG).find(
    (code) => WIRE_LANG[code] === started.conversation.client_language);
  if (!localStorage.getItem(LANG_KEY) && chatLang && chatLang !== lang) {
    await loadLanguage(chatLang);
  }
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
