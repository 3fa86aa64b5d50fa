// The client's chat page, the chosen listener (responder_page/): a chat bought from a
// listener's page (/chat/?with=<handle>, &wait=1 when the client chose to wait for them)
// goes to that listener only; and "talk to them again" on the start step for a returning
// client, only while that listener is online with room (the server says who).
"use strict";

const CHOSEN_KEY = "responder.chosen"; // {handle, name}: set by the listener's page
const CHOSEN_NOW_KEY = "responder.chosen.now"; // {handle, wait}: kept over WeChat's sign-in
const HANDLE_RE = /^[a-z][a-z0-9-]{2,31}$/;

function chosenListener() {
  const params = new URLSearchParams(location.search);
  let chosen = null;
  if (params.has("with")) {
    const handle = (params.get("with") || "").toLowerCase();
    chosen = HANDLE_RE.test(handle) ? { handle, wait: params.get("wait") === "1" } : null;
    if (chosen) sessionStorage.setItem(CHOSEN_NOW_KEY, JSON.stringify(chosen));
    else sessionStorage.removeItem(CHOSEN_NOW_KEY);
  } else if (params.has("code")) {
    try { chosen = JSON.parse(sessionStorage.getItem(CHOSEN_NOW_KEY) || "null"); } catch (e) { chosen = null; }
  } else {
    sessionStorage.removeItem(CHOSEN_NOW_KEY);
  }
  if (!chosen || !HANDLE_RE.test(chosen.handle || "")) return null;
  let named = null;
  try { named = JSON.parse(sessionStorage.getItem(CHOSEN_KEY) || "null"); } catch (e) { named = null; }
  chosen.name = named && named.handle === chosen.handle && named.name ? String(named.name) : "";
  return chosen;
}

// What checkout carries for the chosen listener (nothing for "anyone free").
function chosenFields() {
  const chosen = chosenListener();
  return chosen ? { page: chosen.handle, wait_for_them: chosen.wait } : {};
}

function renderChosen() {
  const chosen = chosenListener();
  $("chosen").hidden = !chosen;
  if (!chosen) return;
  const name = chosen.name || chosen.handle;
  $("chosen-line").textContent = t(chosen.wait ? "chosen_wait" : "chosen_with", { name });
  $("chosen-back").href = "/r/" + encodeURIComponent(chosen.handle);
  $("chosen-back").textContent = t("chosen_back", { name });
}

async function loadAgain() {
  $("again").hidden = true;
  if (chosenListener() || !localStorage.getItem(CLIENT_KEY)) return;
  try {
    const offers = await api("POST", "/client/again", { client_key: clientKey() });
    if (!offers.length) return;
    $("again-link").textContent = t("again_offer", { name: offers[0].name });
    $("again-link").href = "/r/" + encodeURIComponent(offers[0].handle);
    $("again").hidden = false;
  } catch (err) {
    // no offer: the ordinary start step is all there is
  }
}
