// What the phone pages opened in WeChat share (the bind page, the payout confirm page):
// the language (?lang=, else the phone's, Chinese first), their strings from the page's own
// i18n/, the API's answers as {status, data}, and the start every page makes. Loaded before
// the page's own script; text is only ever set as textContent.
"use strict";

const LANGS = ["zh", "en", "vi"];
const IN_WECHAT = /MicroMessenger/i.test(navigator.userAgent);
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

async function apiCall(url, options) {
  const response = await fetch(url, options);
  let data = {};
  try { data = await response.json(); } catch (e) { data = {}; }
  return { status: response.status, data };
}

// Strings first (the page still works, in its built-in Chinese, without them), then the
// page's own steps; anything unexpected offers a reload. `body[data-ready]` says it is done.
async function startPage(run, networkTrouble) {
  try {
    await loadLanguage();
  } catch (e) {
    strings = {};
  }
  $("retry").addEventListener("click", () => location.reload());
  try {
    await run();
  } catch (e) {
    networkTrouble();
  }
  document.body.dataset.ready = "1";
}
