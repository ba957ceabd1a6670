// Web chat: posts to /api/chat and shows replies. Text is inserted as text, never as HTML.
(function () {
  "use strict";
  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("text");
  var error = document.getElementById("error");
  var sender = localStorage.getItem("puente-sender");
  if (!sender) {
    sender = "web-" + (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
    localStorage.setItem("puente-sender", sender);
  }
  var lang = document.documentElement.lang;
  var first = true;

  function bubble(text, who) {
    var div = document.createElement("div");
    div.className = "msg " + who;
    div.textContent = text;
    log.appendChild(div);
    div.scrollIntoView({block: "end"});
    return div;
  }

  function show(messages) {
    messages.forEach(function (m) {
      var div = bubble(m.text || "", "bot");
      if (m.buttons && m.buttons.length) {
        var row = document.createElement("div");
        row.className = "buttons";
        m.buttons.forEach(function (b) {
          var btn = document.createElement("button");
          btn.type = "button";
          btn.textContent = b.title;
          btn.addEventListener("click", function () { send(b.payload, b.title); });
          row.appendChild(btn);
        });
        div.appendChild(row);
      }
    });
  }

  function send(text, shown) {
    bubble(shown || text, "person");
    error.hidden = true;
    var body = {sender: sender, text: text};
    if (first) { body.lang = lang; first = false; }
    fetch("/api/chat", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)})
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) { show(data.messages); })
      .catch(function () { error.hidden = false; });
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });

  // Staff replies come later than the answer to a message: ask for them every few seconds.
  var after = Number(localStorage.getItem("puente-after") || 0);
  function poll() {
    if (document.hidden) { return; }
    // The sender id is this page's only credential: a header, never the URL (access logs).
    fetch("/api/chat/updates?after=" + after, {headers: {"X-Puente-Sender": sender}, cache: "no-store"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.messages.length) { return; }
        after = data.after;
        localStorage.setItem("puente-after", String(after));
        show(data.messages);
      })
      .catch(function () {});
  }
  setInterval(poll, 4000);
})();
