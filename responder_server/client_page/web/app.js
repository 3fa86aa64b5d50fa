// The client's chat page, part 4 of 4: goodbye and rating, the visible viewport, and the
// start: wiring and the first screen.
"use strict";

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
  // Hotlines the listener shared stay on the end view, however the chat ended (a block
  // included), with the region's emergency numbers opened below.
  const shared = (session && session.shared) || [];
  $("end-resources").replaceChildren(...shared.map((card) => {
    const li = document.createElement("li");
    li.className = "resources-card";
    li.setAttribute("role", "note");
    renderCard(li, card.data);
    return li;
  }));
  $("end-resources").hidden = shared.length === 0;
  if (shared.length) setHelpOpen(true);
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
  renderChosen();
  loadAgain();
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
  $("back").addEventListener("click", () => {
    stopPayPoll();
    show("start-view");
  });
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
  const signedIn = !session && afterWeChatSignIn();
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
  } else if (!session && signedIn) {
    await refreshQuote(); // WeChat's sign-in done: on with the checkout
    $("start-form").requestSubmit();
  } else if (!session && await resumeCheckout()) {
    // back from the provider: its chat once paid
  } else if (!session && $("start-view").hidden) {
    showStart();
  }
  document.body.dataset.ready = "1";
}

main();
