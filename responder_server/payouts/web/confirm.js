// The payout confirm page: opened in WeChat from the app's QR code, it shows the amount
// and, on 收款, asks WeChat to show its own confirmation of the transfer
// (requestMerchantTransfer with the transfer's package). WeChat pays only after that.
// Text is only ever set as textContent.
"use strict";

const LANGS = ["zh", "en", "vi"];
const IN_WECHAT = /MicroMessenger/i.test(navigator.userAgent);
const TOKEN_RE = /^[0-9]{1,18}\.[0-9]{1,12}\.[A-Za-z0-9_-]{22}$/;
// WeChat serves its JS-SDK only from its own host (the page's CSP allows just that one).
const JSSDK = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js";
let strings = {};
let token = "";
let confirmParams = null;

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

function yuan(fen) {
  return "¥" + Math.floor(fen / 100) + "." + String(fen % 100).padStart(2, "0");
}

// kind: "" (neutral), "done", "bad", "retry" (a reload may help); receive: show 收款.
function say(kind, status, detail, values, receive) {
  $("status").textContent = t(status, values);
  $("status").className = "status " + kind;
  $("detail").hidden = !detail;
  $("detail").textContent = detail ? t(detail, values) : "";
  $("receive").hidden = !receive;
  $("receive").disabled = false;
  $("retry").hidden = kind !== "retry";
  document.body.dataset.state = status;
}

async function api(method, path) {
  const response = await fetch("/api/v1/payouts/confirm/" + path, { method });
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  return { status: response.status, data };
}

// A line that no longer waits for the responder, in words.
function ended(line) {
  if (line.state === "paid") return say("done", "paid", "paid_detail");
  if (line.state === "processing") return say("done", "processing", "processing_detail");
  if (line.state === "failed" || line.state === "returned") {
    // The server's fixed English sentences (transfer_reasons.py), in the page's language;
    // one not translated yet is shown only on the English page.
    const reason = (strings.reasons || {})[line.reason] ||
      (strings.html_lang === "en" ? line.reason : "");
    return say("bad", "not_paid", reason ? "not_paid_reason" : "not_paid_detail", { reason });
  }
  return say("", "not_waiting", "not_waiting_detail");
}

function problem(result) {
  if (result.status === 410) return say("bad", "expired", "expired_detail");
  if (result.status === 404) return say("bad", "bad_link", "scan_again");
  return say("retry", "network", "network_detail");
}

function loadJssdk() {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = JSSDK;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
}

async function confirmed() {
  say("done", "confirmed", "confirmed_detail");
  const done = await api("POST", token + "/done");
  if (done.status === 200 && done.data.state === "paid") say("done", "confirmed", "paid_detail");
  document.body.dataset.reported = String(done.status);
}

function receive() {
  $("receive").disabled = true;
  window.WeixinJSBridge.invoke("requestMerchantTransfer", confirmParams, (res) => {
    const msg = (res && res.err_msg) || "";
    if (msg === "requestMerchantTransfer:ok") {
      confirmed().catch(() => undefined);  // WeChat has it; our record follows anyway
    } else if (/cancel/.test(msg)) {
      say("", "cancelled", "cancelled_detail", {}, true);
    } else {
      say("bad", "wechat_failed", "wechat_failed_detail", {}, true);
    }
  });
}

async function run() {
  token = new URLSearchParams(location.search).get("t") || "";
  if (!TOKEN_RE.test(token)) return say("bad", "bad_link", "scan_again");
  const page = location.href.split("#")[0];
  const line = await api("GET", token + "?url=" + encodeURIComponent(page));
  if (line.status !== 200) return problem(line);
  $("amount").textContent = yuan(line.data.amount_fen);
  $("amount").hidden = false;
  if (line.data.state !== "waiting_confirm" || !line.data.confirm) return ended(line.data);
  if (!IN_WECHAT) return say("bad", "open_in_wechat", "open_in_wechat_detail");
  confirmParams = line.data.confirm;
  const cfg = line.data.wx_config;
  await loadJssdk();
  window.wx.config({ debug: false, appId: cfg.app_id, timestamp: cfg.timestamp,
    nonceStr: cfg.nonce_str, signature: cfg.signature, jsApiList: ["requestMerchantTransfer"] });
  window.wx.error(() => say("retry", "wechat_failed", "network_detail"));
  window.wx.ready(() => say("", "ready", "ready_detail", {}, true));
  return undefined;
}

async function start() {
  try {
    await loadLanguage();
  } catch (e) {
    strings = {};
  }
  $("retry").addEventListener("click", () => location.reload());
  $("receive").addEventListener("click", receive);
  try {
    await run();
  } catch (e) {
    say("retry", "network", "network_detail");
  }
  document.body.dataset.ready = "1";
}

start();
