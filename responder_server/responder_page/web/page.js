// A responder's page (/r/<handle>): who they are in their own words and whether a chat
// with them can be had now, said before anything is paid. Text a responder wrote is only
// ever put into the page with textContent. Paying happens on the chat page (/chat/), which
// is told the chosen listener through ?with=<handle> (and &wait=1 when the client chose
// to wait for them).
"use strict";

const API = "/api/v1";
const LANG_KEY = "responder.lang"; // shared with the chat page
const CLIENT_KEY = "responder.client_key"; // who this browser is (set by the chat page)
const CHOSEN_KEY = "responder.chosen"; // the listener's name, for the chat page to show
const STRINGS = {
  zh: {
    brand: "有人在听", language: "语言", loading: "正在打开……",
    topics_like: "喜欢聊", topics_avoid: "不太聊", languages: "语言", usual_hours: "通常在线",
    first_reply: "通常回复", chats: "聊过", price: "价格",
    chats_n: "{n} 次聊天", price_text: "¥{yuan} / {n} 分钟", first_reply_text: "约 {wait}内",
    hours_none: "还没有固定的时间", zone_shanghai: "北京时间",
    lang_zh_CN: "中文", lang_en: "英语", lang_vi: "越南语", sep: "、",
    free: "{name} 现在在线，可以马上开始。", talk: "付款，和 {name} 聊",
    busy: "{name} 正在和别人聊天。", busy_more: "如果现在付款等 {name}，大约要等 {wait}。",
    wait: "等 {name}（先付款）", away: "{name} 现在不在线，现在不能付款和 {name} 聊。",
    away_hours: "{name} 通常在 {hours}（{zone}）在线。",
    anyone: "和现在有空的倾听者聊", anyone_none: "现在也没有其他倾听者在线。",
    rule: "付款后 {wait}内没有人回复，或你在回复前离开，会自动全额退款。",
    not_medical: "这里不是医疗或心理治疗服务。如果你有危险，请立即拨打 110 或 120。",
    error: "页面没有打开，请检查网络后刷新。", second_one: "1 秒", seconds: "{n} 秒",
    minute_one: "1 分钟", minutes: "{n} 分钟",
  },
  en: {
    brand: "Someone is listening", language: "Language", loading: "Opening…",
    topics_like: "Likes to talk about", topics_avoid: "Would rather not", languages: "Languages",
    usual_hours: "Usually online", first_reply: "First reply", chats: "Chats", price: "Price",
    chats_n: "{n} chats", price_text: "¥{yuan} for {n} minutes",
    first_reply_text: "within about {wait}", hours_none: "No regular hours yet",
    zone_shanghai: "Beijing time", lang_zh_CN: "Chinese", lang_en: "English",
    lang_vi: "Vietnamese", sep: ", ",
    free: "{name} is online and can start now.", talk: "Pay and talk to {name}",
    busy: "{name} is chatting with someone else.",
    busy_more: "If you pay now to wait for {name}, the wait is about {wait}.",
    wait: "Wait for {name} (pay first)",
    away: "{name} is not online, so a chat with {name} can't be bought now.",
    away_hours: "{name} is usually online {hours} ({zone}).",
    anyone: "Talk to anyone free now", anyone_none: "Nobody else is online right now either.",
    rule: "If nobody replies within {wait} of paying, or you leave before a reply, you get all your money back automatically.",
    not_medical: "This is not a medical or therapy service. If you are in danger, call 110 or 120 now.",
    error: "The page did not open. Please check your connection and reload.",
    second_one: "1 second", seconds: "{n} seconds", minute_one: "1 minute", minutes: "{n} minutes",
  },
  vi: {
    brand: "Có người lắng nghe", language: "Ngôn ngữ", loading: "Đang mở…",
    topics_like: "Thích nói về", topics_avoid: "Không muốn nói về", languages: "Ngôn ngữ",
    usual_hours: "Thường trực tuyến", first_reply: "Trả lời đầu", chats: "Đã trò chuyện",
    price: "Giá", chats_n: "{n} cuộc trò chuyện", price_text: "¥{yuan} / {n} phút",
    first_reply_text: "trong khoảng {wait}", hours_none: "Chưa có giờ cố định",
    zone_shanghai: "giờ Bắc Kinh", lang_zh_CN: "tiếng Trung", lang_en: "tiếng Anh",
    lang_vi: "tiếng Việt", sep: ", ",
    free: "{name} đang trực tuyến và có thể bắt đầu ngay.", talk: "Trả tiền và trò chuyện với {name}",
    busy: "{name} đang trò chuyện với người khác.",
    busy_more: "Nếu trả tiền để chờ {name} bây giờ, bạn sẽ chờ khoảng {wait}.",
    wait: "Chờ {name} (trả tiền trước)",
    away: "{name} không trực tuyến, nên bây giờ không thể mua cuộc trò chuyện với {name}.",
    away_hours: "{name} thường trực tuyến {hours} ({zone}).",
    anyone: "Trò chuyện với người đang rảnh", anyone_none: "Hiện cũng không có ai khác trực tuyến.",
    rule: "Nếu không ai trả lời trong {wait} sau khi trả tiền, hoặc bạn rời đi trước khi có trả lời, bạn được hoàn toàn bộ tiền tự động.",
    not_medical: "Đây không phải dịch vụ y tế hay trị liệu. Nếu bạn gặp nguy hiểm, hãy gọi 110 hoặc 120 ngay.",
    error: "Trang chưa mở được. Hãy kiểm tra kết nối rồi tải lại.",
    second_one: "1 giây", seconds: "{n} giây", minute_one: "1 phút", minutes: "{n} phút",
  },
};

const $ = (id) => document.getElementById(id);
let lang = "zh";
let page = null;

function t(key, values) {
  const text = (STRINGS[lang] && STRINGS[lang][key]) || STRINGS.zh[key] || key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (values && name in values ? values[name] : m));
}

function waitText(seconds) {
  if (seconds < 60) {
    const n = Math.max(1, Math.round(seconds));
    return n === 1 ? t("second_one") : t("seconds", { n });
  }
  const n = Math.ceil(seconds / 60);
  return n === 1 ? t("minute_one") : t("minutes", { n });
}

function pad2(n) {
  return String(n).padStart(2, "0");
}

function chips(element, items) {
  element.replaceChildren(...items.map((item) => {
    const chip = document.createElement("span");
    chip.textContent = item;
    return chip;
  }));
  element.parentElement.hidden = !items.length;
}

function hoursText(a) {
  const spans = a.usual_hours.map((h) => pad2(h.start_hour) + ":00–" + pad2(h.end_hour % 24) + ":00");
  return spans.join(t("sep"));
}

function chatLink(extra) {
  return "/chat/?with=" + encodeURIComponent(page.handle) + (extra || "");
}

function remember() {
  sessionStorage.setItem(CHOSEN_KEY, JSON.stringify({ handle: page.handle, name: page.name }));
}

function render() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  if (!page) return;
  const name = page.name;
  document.title = name + " · " + t("brand");
  $("name").textContent = name;
  $("intro").textContent = page.intro;
  $("intro").hidden = !page.intro;
  chips($("like"), page.topics_like);
  chips($("avoid"), page.topics_avoid);
  $("languages").textContent = page.languages.map((l) => t("lang_" + l)).join(t("sep"));
  const a = page.availability;
  $("hours").textContent = a.usual_hours.length ? hoursText(a) : t("hours_none");
  $("hours-row").hidden = a.state !== "away" && !a.usual_hours.length;
  $("first-reply").textContent = page.typical_first_reply_s === null ? ""
    : t("first_reply_text", { wait: waitText(page.typical_first_reply_s) });
  $("reply-row").hidden = page.typical_first_reply_s === null;
  $("chats").textContent = t("chats_n", { n: page.chats });
  $("price").textContent = t("price_text", { yuan: (page.price_fen / 100).toFixed(2), n: page.price_minutes });
  $("price-now").textContent = $("price").textContent;
  $("price-now").hidden = a.state === "away";

  $("talk").hidden = a.state !== "free";
  $("talk").textContent = t("talk", { name });
  $("talk").href = chatLink();
  $("wait").hidden = a.state !== "busy";
  $("wait").textContent = t("wait", { name });
  $("wait").href = chatLink("&wait=1");
  $("anyone").hidden = a.state === "free" || !a.anyone_free;
  $("anyone").textContent = t("anyone");
  let now = t("free", { name });
  let more = "";
  if (a.state === "busy") {
    now = t("busy", { name });
    more = a.wait_estimate_s ? t("busy_more", { name, wait: waitText(a.wait_estimate_s) }) : "";
  } else if (a.state === "away") {
    now = t("away", { name });
    more = a.usual_hours.length ? t("away_hours", { name, hours: hoursText(a),
      zone: a.time_zone === "Asia/Shanghai" ? t("zone_shanghai") : a.time_zone }) : "";
    if (!a.anyone_free) more = (more ? more + " " : "") + t("anyone_none");
  }
  $("now").textContent = now;
  $("now-more").textContent = more;
  $("now-more").hidden = !more;
  $("rule").textContent = t("rule", { wait: waitText(a.refund_after_s) });
  $("choose").hidden = false;
  $("card").hidden = false;
  $("facts").hidden = false;
}

async function load() {
  const handle = decodeURIComponent(location.pathname.split("/")[2] || "");
  const key = localStorage.getItem(CLIENT_KEY);
  try {
    const response = await fetch(API + "/client/pages/" + encodeURIComponent(handle), {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(key && key.length >= 16 ? { client_key: key } : {}),
    });
    if (!response.ok) throw new Error(String(response.status));
    page = await response.json();
    $("error").hidden = true;
  } catch (err) {
    $("error").textContent = t("error");
    $("error").hidden = false;
  }
  $("loading").hidden = true;
  render();
}

function main() {
  const saved = localStorage.getItem(LANG_KEY);
  lang = saved in STRINGS ? saved : "zh";
  $("lang").value = lang;
  $("lang").addEventListener("change", () => {
    lang = $("lang").value;
    localStorage.setItem(LANG_KEY, lang);
    render();
  });
  for (const id of ["talk", "wait"]) $(id).addEventListener("click", remember);
  render();
  load().then(() => { document.body.dataset.ready = "1"; });
}

main();
