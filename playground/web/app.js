// The playground chat page: one fixed user (id 1001, "You") chatting with the bot through the
// emulator's control API. Live updates come from the /control/events long poll.
"use strict";

const USER_ID = 1001;
const USER_NAME = "You"; // how the page labels the user's own messages
// The first name the bot sees (it greets you by it): "?name=Sam" in the page URL, else "You".
const FIRST_NAME = (new URLSearchParams(window.location.search).get("name") || "").trim() || USER_NAME;
// A /command in plain text, as Telegram clients link it (they do this for bot messages too).
const COMMAND_RE = /(^|[\s(])(\/[A-Za-z0-9_]{1,32})(?=$|[\s.,!?;:)])/g;
const PRESS_TIMEOUT_MS = 15000;

const PIN_SVG =
  '<svg viewBox="0 0 24 24" width="34" height="34"><path d="M12 22s-7-6.6-7-12a7 7 0 0 1 14 0' +
  'c0 5.4-7 12-7 12z" fill="#e5484d"/><circle cx="12" cy="10" r="2.8" fill="#fff"/></svg>';

const $ = (id) => document.getElementById(id);
const els = {
  messages: $("messages"),
  empty: $("empty"),
  input: $("input"),
  send: $("send"),
  location: $("location"),
  attach: $("attach"),
  attachPanel: $("attach-panel"),
  commandsButton: $("commands-button"),
  commandsPanel: $("commands-panel"),
  replyKb: $("reply-kb"),
  composer: $("composer"),
  restartBar: $("restart-bar"),
  restart: $("restart"),
  menuButton: $("menu-button"),
  menu: $("menu"),
  blockToggle: $("block-toggle"),
  botName: $("bot-name"),
  botStatus: $("bot-status"),
  avatar: $("avatar"),
  toasts: $("toasts"),
  alert: $("alert"),
  alertText: $("alert-text"),
  alertOk: $("alert-ok"),
};

const state = {
  seq: -1,
  rendered: new Map(), // message_id -> {sig, el}
  answersSeen: null, // callback answers already shown (null until the first load)
  pending: new Map(), // callback_query_id -> button element
  blocked: false,
  chatAction: null,
  replyKbSig: "",
  replyKbHidden: false,
  statusTimer: 0,
};

// --- control API --------------------------------------------------------------------------

async function api(method, path, body) {
  const response = await fetch(`/control${path}`, {
    method,
    headers: body ? { "Content-Type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.description || `HTTP ${response.status}`);
  return data;
}

const userPath = (action) => `/users/${USER_ID}/${action}`;

async function sendText(text) {
  text = text.trim();
  if (!text) return;
  await api("POST", userPath("message"), { text, first_name: FIRST_NAME });
}

async function sendKind(kind, text) {
  await api("POST", userPath("message"), { kind, text: text || "", first_name: FIRST_NAME });
}

async function sendLocation(latitude, longitude) {
  await api("POST", userPath("location"), { latitude, longitude, first_name: FIRST_NAME });
}

// --- rendering ----------------------------------------------------------------------------

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function timeOf(seconds) {
  const d = new Date(seconds * 1000);
  return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function dayOf(seconds) {
  const d = new Date(seconds * 1000);
  const today = new Date();
  if (d.toDateString() === today.toDateString()) return "Today";
  return d.toLocaleDateString([], { month: "long", day: "numeric" });
}

// Entities use UTF-16 offsets, which is exactly how JavaScript strings index.
function renderRich(text, entities) {
  const root = el("span", "text");
  const list = (entities || [])
    .filter((e) => e.length > 0)
    .slice()
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  build(root, text, 0, text.length, list);
  return root;
}

// Entities whose text is shown as is: no command links inside them.
const LITERAL = new Set(["text_link", "url", "bot_command", "code", "pre", "mention", "email"]);

function build(parent, text, start, end, list, literal = false) {
  let pos = start;
  let i = 0;
  while (i < list.length) {
    const entity = list[i];
    const eStart = Math.max(entity.offset, pos);
    const eEnd = Math.min(entity.offset + entity.length, end);
    if (eStart > pos) appendPlain(parent, text.slice(pos, eStart), literal);
    const children = [];
    let j = i + 1;
    while (j < list.length && list[j].offset < entity.offset + entity.length) {
      children.push(list[j]);
      j += 1;
    }
    if (eEnd > eStart) {
      const node = entityNode(entity, text.slice(eStart, eEnd));
      build(node, text, eStart, eEnd, children, literal || LITERAL.has(entity.type));
      parent.append(node);
    }
    pos = Math.max(pos, eEnd);
    i = j;
  }
  if (pos < end) appendPlain(parent, text.slice(pos, end), literal);
}

// Plain text, with every /command turned into a link that sends it (not inside links or code).
function appendPlain(parent, text, literal) {
  if (literal) {
    parent.append(text);
    return;
  }
  let last = 0;
  for (const match of text.matchAll(COMMAND_RE)) {
    const start = match.index + match[1].length;
    if (start > last) parent.append(text.slice(last, start));
    parent.append(commandLink(match[2]));
    last = start + match[2].length;
  }
  if (last < text.length) parent.append(text.slice(last));
}

function commandLink(command) {
  const node = el("a", "command", command);
  node.href = "#";
  node.addEventListener("click", (event) => {
    event.preventDefault();
    sendText(command).catch(showError);
  });
  return node;
}

function entityNode(entity, content) {
  switch (entity.type) {
    case "bold": return el("b");
    case "italic": return el("i");
    case "underline": return el("u");
    case "strikethrough": return el("s");
    case "code": return el("code");
    case "pre": return el("pre");
    case "blockquote":
    case "expandable_blockquote": return el("blockquote");
    case "spoiler": {
      const node = el("span", "spoiler");
      node.title = "Spoiler";
      node.addEventListener("click", () => node.classList.toggle("shown"));
      return node;
    }
    case "text_link":
    case "url": {
      const node = el("a");
      node.href = entity.url || content;
      node.target = "_blank";
      node.rel = "noopener noreferrer";
      return node;
    }
    case "bot_command": {
      const node = el("a");
      node.href = "#";
      node.addEventListener("click", (event) => {
        event.preventDefault();
        sendText(content).catch(showError);
      });
      return node;
    }
    default: return el("span");
  }
}

function fileUrl(fileId) {
  return `/control/files/${encodeURIComponent(fileId)}`;
}

function renderMedia(message, bubble) {
  const media = message.media;
  if (message.location) {
    const box = el("div", "media");
    const map = el("div", "loc");
    map.innerHTML = PIN_SVG;
    box.append(map);
    const { latitude, longitude } = message.location;
    box.append(el("div", "loc-coords", `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`));
    bubble.append(box);
    bubble.classList.add("with-media");
    return;
  }
  if (!media) return;
  const box = el("div", "media");
  const url = fileUrl(media.file_id);
  if (media.kind === "photo" || media.kind === "sticker" ||
      (media.kind === "animation" && !String(media.mime_type).startsWith("video/"))) {
    const img = el("img");
    img.src = url;
    img.alt = media.kind;
    if (media.width && media.height && media.kind !== "sticker") {
      img.style.aspectRatio = `${media.width} / ${media.height}`;
      img.style.width = `${Math.min(media.width, 340)}px`;
    }
    img.addEventListener("load", keepAtBottomIfNear);
    box.append(img);
    if (media.kind === "animation") box.append(el("span", "badge", "GIF"));
    if (media.kind === "sticker") bubble.classList.add("sticker");
  } else if (media.kind === "animation" || media.kind === "video") {
    const video = el("video");
    video.src = url;
    video.muted = true;
    video.loop = true;
    video.autoplay = true;
    video.playsInline = true;
    box.append(video);
    box.append(el("span", "badge", media.kind === "animation" ? "GIF" : "VIDEO"));
  } else if (media.kind === "voice" && message.from === "bot") {
    const audio = el("audio");  // a voice note the bot sent: play it here, as Telegram does
    audio.src = url;
    audio.controls = true;
    audio.preload = "none";
    box.append(audio);
  } else {
    const link = el("a", "doc");
    link.href = url;
    link.download = media.file_name || "file";
    link.append(el("div", "doc-icon", media.kind === "voice" ? "🎤" : "📄"));
    const info = el("div");
    info.append(el("div", "doc-name", media.file_name || (media.kind === "voice" ? "Voice message" : "File")));
    info.append(el("div", "doc-hint", media.mime_type || "download"));
    link.append(info);
    box.append(link);
  }
  bubble.append(box);
  if (!bubble.classList.contains("sticker")) bubble.classList.add("with-media");
}

function renderKeyboard(message) {
  const rows = (message.reply_markup && message.reply_markup.inline_keyboard) || [];
  if (!rows.length) return null;
  const kb = el("div", "kb");
  for (const row of rows) {
    const rowEl = el("div", "kb-row");
    for (const button of row) {
      const b = el("button", "", button.text);
      b.type = "button";
      if (button.callback_data !== undefined) {
        b.dataset.data = button.callback_data;
        b.addEventListener("click", () => press(message.message_id, button.callback_data, b));
      } else if (button.url) {
        b.classList.add("url");
        b.title = button.url;
        b.addEventListener("click", () => window.open(button.url, "_blank", "noopener"));
      } else {
        b.disabled = true;
      }
      rowEl.append(b);
    }
    kb.append(rowEl);
  }
  return kb;
}

function renderMessage(message, byId) {
  const wrap = el("div", `msg ${message.from === "bot" ? "bot" : "user"}`);
  wrap.dataset.id = message.message_id;
  const bubble = el("div", "bubble");
  if (message.reply_to_message_id && byId.has(message.reply_to_message_id)) {
    const target = byId.get(message.reply_to_message_id);
    const who = target.from === "bot" ? els.botName.textContent : USER_NAME;
    const quote = el("div", "quote");
    quote.append(el("b", "", `${who}: `));
    quote.append(target.text || target.caption || `[${target.kind}]`);
    bubble.append(quote);
  }
  renderMedia(message, bubble);
  const content = message.text !== undefined ? message.text : message.caption;
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  const meta = el("span", "meta");
  if (message.edits && message.edits.length) meta.append(el("span", "edited", "edited"));
  meta.append(timeOf(message.date));
  if (message.from === "user") meta.append(" ✓✓");
  if (content) {
    const body = el("div", "content");
    body.append(renderRich(content, entities), meta);
    bubble.append(body);
  } else {
    const line = el("div", "meta-line");
    line.append(meta);
    bubble.append(line);
  }
  wrap.append(bubble);
  const kb = message.from === "bot" ? renderKeyboard(message) : null;
  if (kb) wrap.append(kb);
  return wrap;
}

function nearBottom() {
  const m = els.messages;
  return m.scrollHeight - m.scrollTop - m.clientHeight < 120;
}

function scrollToBottom() {
  els.messages.scrollTop = els.messages.scrollHeight;
}

function keepAtBottomIfNear() {
  if (nearBottom()) scrollToBottom();
}

function renderTranscript(t) {
  const stick = nearBottom();
  const messages = t.messages.filter((m) => !m.deleted);
  const byId = new Map(t.messages.map((m) => [m.message_id, m]));
  const alive = new Set(messages.map((m) => m.message_id));
  for (const [id, entry] of state.rendered) {
    if (!alive.has(id)) {
      entry.el.remove();
      if (entry.day) entry.day.remove();
      state.rendered.delete(id);
    }
  }
  let previous = null;
  let lastDay = null;
  let added = false;
  for (const message of messages) {
    const sig = `${message.updated_seq}`;
    const day = dayOf(message.date);
    let entry = state.rendered.get(message.message_id);
    if (!entry || entry.sig !== sig) {
      const node = renderMessage(message, byId);
      if (entry) {
        entry.el.replaceWith(node);
        node.classList.add("flash");
        entry.el = node;
        entry.sig = sig;
      } else {
        entry = { sig, el: node, day: null };
        if (day !== lastDay) {
          entry.day = el("div", "day", day);
        }
        const anchor = previous ? previous.el.nextSibling : els.messages.firstChild;
        if (entry.day) els.messages.insertBefore(entry.day, anchor);
        els.messages.insertBefore(node, entry.day ? entry.day.nextSibling : anchor);
        state.rendered.set(message.message_id, entry);
        added = true;
      }
    }
    lastDay = day;
    previous = entry;
  }
  messages.forEach((message, index) => {
    const next = messages[index + 1];
    const entry = state.rendered.get(message.message_id);
    if (entry) entry.el.classList.toggle("tail", !next || next.from !== message.from);
  });
  els.empty.classList.toggle("hidden", messages.length > 0);
  const lastIsMine = messages.length > 0 && messages[messages.length - 1].from === "user";
  if (stick || (added && lastIsMine)) scrollToBottom();

  handleAnswers(t.callback_answers || []);
  state.blocked = Boolean(t.blocked);
  renderReplyKeyboard(t.reply_keyboard);
  els.blockToggle.textContent = state.blocked ? "Restart bot" : "Stop and block bot";
  els.composer.classList.toggle("hidden", state.blocked);
  els.restartBar.classList.toggle("hidden", !state.blocked);
  state.chatAction = t.chat_action;
  renderStatus();
}

const ACTION_TEXT = {
  typing: "typing",
  upload_photo: "sending photo",
  upload_document: "sending file",
  upload_video: "sending video",
  record_voice: "recording voice",
  upload_voice: "sending voice",
  choose_sticker: "choosing a sticker",
  find_location: "finding location",
  record_video: "recording video",
};

function renderStatus() {
  clearTimeout(state.statusTimer);
  const action = state.chatAction;
  const age = action ? Date.now() / 1000 - action.at : Infinity;
  if (action && age < 5) {
    els.botStatus.textContent = `${ACTION_TEXT[action.action] || action.action}…`;
    els.botStatus.classList.add("active");
    state.statusTimer = setTimeout(() => {
      state.chatAction = null;
      renderStatus();
    }, (5 - age) * 1000);
  } else {
    els.botStatus.textContent = state.blocked ? "stopped" : "bot";
    els.botStatus.classList.remove("active");
  }
}

function renderReplyKeyboard(keyboard) {
  const sig = keyboard ? JSON.stringify(keyboard) : "";
  if (sig !== state.replyKbSig) {
    state.replyKbSig = sig;
    state.replyKbHidden = false;
    els.replyKb.replaceChildren();
    for (const row of (keyboard && keyboard.keyboard) || []) {
      const rowEl = el("div", "row");
      for (const button of row) {
        const b = el("button", "", button.text);
        b.type = "button";
        b.addEventListener("click", () => {
          if (keyboard.one_time_keyboard) {
            state.replyKbHidden = true;
            els.replyKb.classList.add("hidden");
          }
          const action = button.request_location ? shareLocation() : sendText(button.text);
          action.catch(showError);
        });
        rowEl.append(b);
      }
      els.replyKb.append(rowEl);
    }
    if (keyboard && keyboard.input_field_placeholder) {
      els.input.placeholder = keyboard.input_field_placeholder;
    } else {
      els.input.placeholder = "Message";
    }
  }
  els.replyKb.classList.toggle("hidden", !sig || state.replyKbHidden || state.blocked);
}

// --- callback buttons, toasts, alerts -----------------------------------------------------

async function press(messageId, data, button) {
  if (button.classList.contains("pending")) return;
  button.classList.add("pending");
  try {
    const result = await api("POST", userPath("press"), { message_id: messageId, data });
    state.pending.set(result.callback_query_id, button);
    setTimeout(() => {
      if (state.pending.get(result.callback_query_id) === button) {
        state.pending.delete(result.callback_query_id);
        button.classList.remove("pending");
      }
    }, PRESS_TIMEOUT_MS);
  } catch (error) {
    button.classList.remove("pending");
    showError(error);
  }
}

function handleAnswers(answers) {
  if (state.answersSeen === null) {
    state.answersSeen = answers.length;
    return;
  }
  for (const answer of answers.slice(state.answersSeen)) {
    const button = state.pending.get(answer.callback_query_id);
    if (button) {
      button.classList.remove("pending");
      state.pending.delete(answer.callback_query_id);
    }
    if (answer.text) {
      if (answer.show_alert) showAlert(answer.text);
      else toast(answer.text);
    }
  }
  state.answersSeen = answers.length;
}

function toast(text) {
  const node = el("div", "toast", text);
  els.toasts.append(node);
  setTimeout(() => node.classList.add("out"), 2600);
  setTimeout(() => node.remove(), 3000);
}

function showAlert(text) {
  els.alertText.textContent = text;
  els.alert.classList.remove("hidden");
  els.alertOk.focus();
}

function showError(error) {
  toast(`⚠️ ${error.message || error}`);
}

// --- composer -----------------------------------------------------------------------------

async function submit() {
  const text = els.input.value;
  if (!text.trim()) return;
  els.input.value = "";
  autoGrow();
  try {
    await sendText(text);
  } catch (error) {
    els.input.value = text;
    showError(error);
  }
  els.input.focus();
}

function autoGrow() {
  els.input.style.height = "auto";
  els.input.style.height = `${Math.min(els.input.scrollHeight, 140)}px`;
}

function askLocation() {
  const answer = window.prompt("Share location as “latitude, longitude”", "52.5200, 13.4050");
  if (!answer) return null;
  const parts = answer.split(/[,\s]+/).filter(Boolean).map(Number);
  if (parts.length !== 2 || parts.some(Number.isNaN)) {
    toast("Could not read that location");
    return null;
  }
  return parts;
}

function shareLocation() {
  return new Promise((resolve) => {
    const manual = () => {
      const parts = askLocation();
      resolve(parts ? sendLocation(parts[0], parts[1]) : undefined);
    };
    if (!navigator.geolocation || !window.isSecureContext) {
      manual();
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve(sendLocation(pos.coords.latitude, pos.coords.longitude)),
      manual,
      { timeout: 4000, maximumAge: 60000 },
    );
  });
}

async function loadCommands() {
  const data = await api("GET", "/commands");
  const commands = data.commands || [];
  els.commandsButton.classList.toggle("hidden", commands.length === 0);
  els.commandsPanel.replaceChildren();
  for (const command of commands) {
    const b = el("button", "cmd");
    b.type = "button";
    b.append(el("span", "cmd-name", `/${command.command}`));
    b.append(el("span", "cmd-desc", command.description));
    b.addEventListener("click", () => {
      els.commandsPanel.classList.add("hidden");
      sendText(`/${command.command}`).catch(showError);
    });
    els.commandsPanel.append(b);
  }
  if (!commands.length) els.commandsPanel.classList.add("hidden");
}

function togglePanel(panel) {
  const open = panel.classList.contains("hidden");
  for (const other of [els.commandsPanel, els.attachPanel, els.menu]) other.classList.add("hidden");
  panel.classList.toggle("hidden", !open);
}

function wire() {
  els.send.addEventListener("click", submit);
  els.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  els.input.addEventListener("input", autoGrow);
  els.location.addEventListener("click", () => shareLocation().catch(showError));
  els.attach.addEventListener("click", () => togglePanel(els.attachPanel));
  els.attachPanel.addEventListener("click", (event) => {
    const kind = event.target.closest("button")?.dataset.kind;
    if (!kind) return;
    els.attachPanel.classList.add("hidden");
    const caption = kind === "sticker" ? "👍" : els.input.value.trim();
    if (kind !== "sticker") els.input.value = "";
    sendKind(kind, caption).catch(showError);
  });
  els.commandsButton.addEventListener("click", () => togglePanel(els.commandsPanel));
  els.menuButton.addEventListener("click", () => togglePanel(els.menu));
  els.blockToggle.addEventListener("click", async () => {
    els.menu.classList.add("hidden");
    try {
      if (state.blocked) await sendText("/start");
      else await api("POST", userPath("block"));
    } catch (error) {
      showError(error);
    }
  });
  els.restart.addEventListener("click", () => sendText("/start").catch(showError));
  els.alertOk.addEventListener("click", () => els.alert.classList.add("hidden"));
  document.addEventListener("click", (event) => {
    if (!event.target.closest("#menu, #menu-button")) els.menu.classList.add("hidden");
  });
}

// --- live updates -------------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function live() {
  let seq = -1;
  for (;;) {
    try {
      const transcript = await api("GET", `/chats/${USER_ID}/transcript`);
      seq = transcript.seq;
      renderTranscript(transcript);
      await loadCommands();
      await api("GET", `/events?after=${seq}`);
    } catch (error) {
      await sleep(1000);
    }
  }
}

async function main() {
  wire();
  try {
    const bot = await api("GET", "/bot");
    els.botName.textContent = bot.first_name;
    els.avatar.textContent = (bot.first_name || "B").slice(0, 1).toUpperCase();
    document.title = `${bot.first_name} · playground`;
  } catch (error) {
    showError(error);
  }
  els.input.focus();
  live();
}

main();
