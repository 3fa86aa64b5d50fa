// The WeChat bind page: opened from the app's QR code in WeChat, it signs in with the
// official account (snsapi_base: only the openid, nothing shown to the user), then binds
// that openid with the link's token. Text is only ever set as textContent.
"use strict";

const LANGS = ["zh", "en", "vi"];
const IN_WECHAT = /MicroMessenger/i.test(navigator.userAgent);
const TOKEN_RE = /^[0-9a-f]{32}$/;
let strings = {};

const $ = (id) => document.getElementById(id);

function t(key, values) {
  let text = strings[key] || key;
  for (const [name, value] of Object.entries(values || {})) {
    text = text.split("{" + name + "}").join(String(value));
  }
  return text;
}

function pickLanguage() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (LANGS.includes(asked)) return asked;
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const code = tag.toLowerCase().slice(0, 2);
    if (LANGS.includes(code)) return code;
  }
  return "zh";
}

async function loadLanguage() {
  const lang = pickLanguage();
  strings = await (await fetch("i18n/" + lang + ".json")).json();
  document.documentElement.lang = strings.html_lang || lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  document.title = t("title");
}

function say(kind, status, detail, account) {
  $("status").textContent = t(status);
  $("status").className = "status " + kind;
  $("detail").hidden = !detail;
  $("detail").textContent = detail ? t(detail) : "";
  $("account").hidden = !account;
  $("account").textContent = account ? t("account", { mask: account }) : "";
  $("retry").hidden = kind !== "retry";
  document.body.dataset.state = status;
}

async function api(method, path, body) {
  const response = await fetch("/api/v1/payouts/wechat-bind/" + path, {
    method, headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined });
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  return { status: response.status, data };
}

function problem(result) {
  if (result.status === 410) return say("bad", "expired", "expired_detail");
  if (result.data.type === "urn:responder:problem:wechat-bind-unavailable") {
    return say("bad", "unavailable", "unavailable_detail");
  }
  if (result.status === 502) return say("bad", "wechat_failed", "scan_again");
  return say("retry", "network", "network_detail");
}

async function run() {
  const query = new URLSearchParams(location.search);
  const code = query.get("code");
  const token = code ? query.get("state") : query.get("t");
  if (!token || !TOKEN_RE.test(token)) return say("bad", "bad_link", "scan_again");
  if (!IN_WECHAT) return say("bad", "open_in_wechat", "open_in_wechat_detail");
  if (!code) {
    const link = await api("GET", token);
    if (link.status !== 200) return problem(link);
    // Back here with ?code=...&state=<token>: the token rides in WeChat's `state`.
    const back = location.origin + location.pathname;
    location.replace("https://open.weixin.qq.com/connect/oauth2/authorize?appid=" +
      encodeURIComponent(link.data.app_id) + "&redirect_uri=" + encodeURIComponent(back) +
      "&response_type=code&scope=snsapi_base&state=" + token + "#wechat_redirect");
    return undefined;
  }
  // The code works once: out of the address bar so a reload does not reuse it.
  history.replaceState(null, "", location.pathname);
  say("", "binding");
  const done = await api("POST", token, { code });
  if (done.status !== 200) return problem(done);
  return say("done", "bound", "bound_detail", done.data.account_mask);
}

async function start() {
  try {
    await loadLanguage();
  } catch (e) {
    strings = {};
  }
  $("retry").addEventListener("click", () => location.reload());
  try {
    await run();
  } catch (e) {
    say("retry", "network", "network_detail");
  }
  document.body.dataset.ready = "1";
}

start();
