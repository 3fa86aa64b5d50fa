// The WeChat bind page: opened from the app's QR code in WeChat, it signs in with the
// official account (snsapi_base: only the openid, nothing shown to the user), then binds
// that openid with the link's token. The shared steps are /phone/phone.js. Text is only
// ever set as textContent.
"use strict";

const TOKEN_RE = /^[0-9a-f]{32}$/;

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

function api(method, path, body) {
  return apiCall("/api/v1/payouts/wechat-bind/" + path, {
    method, headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined });
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

startPage(run, () => say("retry", "network", "network_detail"));
