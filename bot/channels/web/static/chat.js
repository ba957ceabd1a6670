// Web chat for a shared phone on a slow connection. Posts to /api/chat, polls for staff replies.
// Text is always inserted as text, never as HTML. Nothing is stored on the phone unless the
// person ticks "keep"; the quick exit erases it and leaves for a blank page Back cannot undo.
(function () {
  "use strict";
  var STORE = "puente-chat";
  var doc = document.documentElement;
  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var error = document.getElementById("error");
  var keep = document.getElementById("keep");
  var exit = document.getElementById("exit");
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var pageLang = doc.lang;
  var hint = (navigator.languages && navigator.languages[0]) || navigator.language || pageLang;

  function newId(prefix) {
    var random = window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2) + Date.now();
    return prefix + random;
  }

  // Older versions of this page kept the sender id whatever the person wanted: forget it.
  try { localStorage.removeItem("puente-sender"); localStorage.removeItem("puente-after"); } catch (e) {}

  var state = {sender: newId("web-"), after: 0, lang: null, said: []};
  var pendingLang = doc.getAttribute("data-chosen") === "yes" ? pageLang : null;
  try {
    var kept = JSON.parse(localStorage.getItem(STORE) || "null");
    if (kept && typeof kept.sender === "string") {
      state = {sender: kept.sender, after: Number(kept.after) || 0, lang: kept.lang || null, said: kept.said || []};
      keep.checked = true;
    }
  } catch (e) { state.said = []; }

  function save() {
    try {
      if (keep.checked) { localStorage.setItem(STORE, JSON.stringify(state)); }
      else { localStorage.removeItem(STORE); }
    } catch (e) {}
  }

  function t(key) { return (labels[pageLang] || {})[key] || ""; }

  function relabel(lang) {
    pageLang = lang;
    doc.lang = lang;
    document.title = t("title");
    document.querySelectorAll("[data-label]").forEach(function (el) { el.textContent = t(el.getAttribute("data-label")); });
    document.querySelectorAll("[data-label-aria]").forEach(function (el) { el.setAttribute("aria-label", t(el.getAttribute("data-label-aria"))); });
    document.querySelectorAll("[data-label-placeholder]").forEach(function (el) { el.setAttribute("placeholder", t(el.getAttribute("data-label-placeholder"))); });
    document.querySelectorAll("nav a[data-lang]").forEach(function (a) {
      if (a.getAttribute("data-lang") === lang) { a.setAttribute("aria-current", "true"); } else { a.removeAttribute("aria-current"); }
    });
  }

  function scroll(el) { el.scrollIntoView({block: "end"}); }

  function bubble(text, who) {
    var div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;
    log.appendChild(div);
    scroll(div);
    return div;
  }

  function mapLink(place) {
    var lat = Number(place.lat), lon = Number(place.lon);
    if (!isFinite(lat) || !isFinite(lon)) { return null; }
    var a = document.createElement("a");
    a.className = "map";
    a.href = "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.textContent = t("map") + (place.name ? ": " + place.name : "");
    return a;
  }

  function locationButton() {
    var btn = document.createElement("button");
    btn.type = "button";
    btn.className = "location";
    btn.textContent = t("use_location");
    btn.addEventListener("click", function () {
      if (!navigator.geolocation) { bubble(t("location_failed"), "bot note"); return; }
      navigator.geolocation.getCurrentPosition(
        function (pos) { post({location: {lat: pos.coords.latitude, lon: pos.coords.longitude}}, t("use_location")); },
        function () { bubble(t("location_failed"), "bot note"); },
        {enableHighAccuracy: false, timeout: 20000, maximumAge: 600000}
      );
    });
    return btn;
  }

  function showBot(m) {
    var div = bubble(m.text || "", "bot");
    var row = document.createElement("div");
    row.className = "buttons";
    if (m.asks === "location") { row.appendChild(locationButton()); }
    (m.buttons || []).forEach(function (b) {
      if (b.payload === "/inform_location") { if (m.asks !== "location") { row.appendChild(locationButton()); } return; }
      var btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = b.title;
      btn.addEventListener("click", function () { post({text: b.payload}, b.title); });
      row.appendChild(btn);
    });
    if (row.childNodes.length) { div.appendChild(row); }
    if (m.place) {
      var link = mapLink(m.place);
      if (link) { div.appendChild(document.createElement("br")); div.appendChild(link); }
    }
    scroll(div);
  }

  function remember(entry) { state.said.push(entry); if (state.said.length > 200) { state.said.shift(); } save(); }

  function show(messages) {
    messages.forEach(function (m) {
      showBot(m);
      remember({who: "bot", text: m.text || "", buttons: m.buttons || [], place: m.place || null, asks: m.asks || null});
    });
  }

  function post(fields, shown) {
    var div = bubble(shown || fields.text, "person pending");
    error.hidden = true;
    var body = {sender: state.sender, message_id: newId("m-"), lang_hint: hint};
    Object.keys(fields).forEach(function (k) { body[k] = fields[k]; });
    if (pendingLang) { body.lang = pendingLang; }
    var asked = pendingLang;
    remember({who: "person", text: shown || fields.text || ""});
    function attempt() {
      div.className = "msg person pending";
      fetch("/api/chat", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body), cache: "no-store"})
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (data) {
          div.className = "msg person";
          if (asked && pendingLang === asked) { pendingLang = null; state.lang = asked; save(); }
          show(data.messages || []);
        })
        .catch(function () {
          div.className = "msg person failed";
          error.hidden = false;
          var retry = document.createElement("button");
          retry.type = "button";
          retry.className = "retry";
          retry.textContent = t("retry");
          retry.addEventListener("click", function () { div.removeChild(retry); attempt(); });
          div.appendChild(retry);
        });
    }
    attempt();
  }

  function quickExit(e) {
    if (e) { e.preventDefault(); }
    try { localStorage.removeItem(STORE); sessionStorage.clear(); } catch (err) {}
    log.textContent = "";
    input.value = "";
    window.location.replace("/blank");
  }

  exit.addEventListener("click", quickExit);
  exit.addEventListener("keydown", function (e) { if (e.key === " ") { quickExit(e); } });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { quickExit(e); } });

  document.querySelectorAll("nav a[data-lang]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var lang = a.getAttribute("data-lang");
      if (!labels[lang]) { return; }
      pendingLang = lang;
      relabel(lang);
    });
  });

  keep.addEventListener("change", save);

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    post({text: text});
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });

  // A kept conversation comes back after a reload, in the language the person chose.
  if (state.lang && labels[state.lang] && !pendingLang) { relabel(state.lang); }
  state.said.forEach(function (entry) {
    if (entry.who === "person") { bubble(entry.text, "person"); } else { showBot(entry); }
  });

  // Staff replies come later than the answer to a message: ask for them every few seconds.
  function poll() {
    if (document.hidden) { return; }
    // The sender id is this page's only credential: a header, never the URL (access logs).
    fetch("/api/chat/updates?after=" + state.after, {headers: {"X-Puente-Sender": state.sender}, cache: "no-store"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.messages.length) { return; }
        state.after = data.after;
        show(data.messages);
      })
      .catch(function () {});
  }
  setInterval(poll, 4000);
})();
