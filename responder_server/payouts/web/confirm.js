// The payout confirm page: opened in WeChat from the app's QR code, it shows the amount
// and, on 收款, asks WeChat to show its own confirmation of the transfer
// (requestMerchantTransfer with the transfer's package). WeChat pays only after that.
// The shared steps are /phone/phone.js. Text is only ever set as textContent.
"use strict";

const TOKEN_RE = /^[0-9]{1,18}\.[0-9]{1,12}\.[A-Za-z0-9_-]{22}$/;
// WeChat serves its JS-SDK only from its own host (the page's CSP allows just that one).
const JSSDK = "https://res.wx.qq.com/open/js/jweixin-1.6.0.js";
let token = "";
let confirmParams = null;

function yuan(fen) {
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return "¥" + whole + "." + String(fen % 100).padStart(2, "0");
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

function api(method, path) {
  return apiCall("/api/v1/payouts/confirm/" + path, { method });
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

$("receive").addEventListener("click", receive);
startPage(run, () => say("retry", "network", "network_detail"));
