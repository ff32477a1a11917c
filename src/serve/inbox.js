// newsdesk inbox: buttons, forms and keys post actions to the preview server, then reload.
(() => {
  "use strict";
  const ACTION = "/__newsdesk/inbox/action";
  const FOCUS_KEY = "newsdesk-inbox-focus";
  const token = document.querySelector('meta[name="newsdesk-token"]')?.content || "";
  const readOnly = document.body.dataset.readOnly === "true";
  const status = document.getElementById("status");
  const drafts = () => Array.from(document.querySelectorAll("article.draft"));
  let busy = false;
  // A rebuild that arrives while the curator is typing waits until the form is closed.
  let reloadWaiting = false;
  let awaitingRebuild = false;

  const say = (message, isError) => {
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  };

  const current = () => {
    const a = document.activeElement?.closest?.("article.draft");
    return a || null;
  };

  const focusDraft = (a) => {
    if (!a) return;
    for (const d of drafts()) d.classList.remove("current");
    a.classList.add("current");
    a.focus();
    a.scrollIntoView({ block: "nearest" });
  };

  // After a reload, put the curator back where they were (or on the next draft).
  const restoreFocus = () => {
    const saved = sessionStorage.getItem(FOCUS_KEY);
    sessionStorage.removeItem(FOCUS_KEY);
    if (saved === null) return;
    const { slug, index } = JSON.parse(saved);
    const list = drafts();
    const same = list.find((d) => d.dataset.slug === slug);
    focusDraft(same || list[Math.min(index, list.length - 1)]);
  };

  const remember = (a) => {
    const list = drafts();
    const index = a ? list.indexOf(a) : 0;
    sessionStorage.setItem(FOCUS_KEY, JSON.stringify({ slug: a?.dataset.slug || "", index: Math.max(index, 0) }));
  };

  const post = async (body, near) => {
    if (readOnly || busy) return;
    busy = true;
    say("Working…");
    try {
      const r = await fetch(ACTION, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Newsdesk-Token": token },
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const answer = await r.json().catch(() => ({ error: `the server answered ${r.status}` }));
      if (r.ok) {
        // The change makes the server rebuild, and its reload event brings the new list
        // (one reload, not two); if none comes, the page reloads anyway.
        say(answer.message + ". Reloading…");
        remember(near);
        awaitingRebuild = true;
        setTimeout(() => location.reload(), 4000);
      } else if (answer.conflict) {
        say(answer.error + " Reloading to show it…", true);
        remember(near);
        setTimeout(() => location.reload(), 1500);
      } else {
        say(answer.error || `the server answered ${r.status}`, true);
        busy = false;
      }
    } catch (e) {
      say(`The preview server did not answer: ${e}`, true);
      busy = false;
    }
  };

  const hashes = (articles) => Object.fromEntries(articles.map((a) => [a.dataset.slug, a.dataset.hash]));

  const act = (name, a) => {
    if (!a) return;
    post({ action: name, slugs: [a.dataset.slug], hashes: hashes([a]) }, a);
  };

  const actOnGroup = (name, section) => {
    const members = Array.from(section.querySelectorAll("article.draft"));
    post({ action: name, slugs: members.map((a) => a.dataset.slug), hashes: hashes(members) }, members[0]);
  };

  const toggleEdit = (a, open) => {
    const form = a.querySelector("form.edit");
    const button = a.querySelector('[data-act="edit"]');
    if (!form) return;
    const show = open ?? form.hidden;
    form.hidden = !show;
    button?.setAttribute("aria-expanded", String(show));
    if (show) form.querySelector("input, textarea")?.focus();
    else focusDraft(a);
    if (!show && reloadWaiting && !editing()) reloadNow(a);
  };

  const editing = () =>
    Array.from(document.querySelectorAll("form.edit")).some((f) => !f.hidden) ||
    Array.from(document.querySelectorAll("form.dup input")).some((i) => i.value.trim() !== "");

  const reloadNow = (near) => {
    remember(near || current());
    location.reload();
  };

  // Files changed (a rebuild finished): show them, unless that would throw away typing.
  const listen = () => {
    const events = new EventSource("/__newsdesk/events");
    const afterAction = () => {
      if (awaitingRebuild) location.reload();
    };
    // The list is read from the files, so a failed build does not hold it back.
    events.addEventListener("build-error", afterAction);
    events.addEventListener("reload", () => {
      if (awaitingRebuild) return afterAction();
      if (busy) return;
      if (editing()) {
        reloadWaiting = true;
        say("Files changed on disk: the list reloads when you close the form.");
      } else {
        reloadNow();
      }
    });
    events.addEventListener("open", () => { document.documentElement.dataset.newsdeskLive = "connected"; });
  };

  const saveEdit = (a, form) => {
    const fields = {};
    for (const el of form.querySelectorAll("input, textarea")) {
      // Only what the curator changed is sent: a derived summary shown here stays derived.
      if (el.value !== el.defaultValue) fields[el.name] = el.value;
    }
    if (Object.keys(fields).length === 0) {
      say("Nothing changed.");
      toggleEdit(a, false);
      return;
    }
    post({ action: "edit", slugs: [a.dataset.slug], hashes: hashes([a]), fields }, a);
  };

  document.addEventListener("click", (e) => {
    const button = e.target.closest("button[data-act]");
    if (!button) return;
    const a = button.closest("article.draft");
    switch (button.dataset.act) {
      case "publish": act("publish", a); break;
      case "discard": act("discard", a); break;
      case "edit": toggleEdit(a); break;
      case "cancel": toggleEdit(a, false); break;
      case "publish-group": actOnGroup("publish", button.closest("section.group")); break;
      case "discard-group": actOnGroup("discard", button.closest("section.group")); break;
    }
  });

  document.addEventListener("submit", (e) => {
    const form = e.target;
    const a = form.closest("article.draft");
    if (!a) return;
    e.preventDefault();
    if (form.classList.contains("edit")) saveEdit(a, form);
    if (form.classList.contains("dup")) {
      const of = form.elements.of.value.trim();
      if (!of) { say("Name the article this one repeats.", true); return; }
      post({ action: "dup", slugs: [a.dataset.slug], hashes: hashes([a]), of }, a);
    }
  });

  document.addEventListener("focusin", (e) => {
    const a = e.target.closest?.("article.draft");
    if (a) {
      for (const d of drafts()) if (d !== a) d.classList.remove("current");
      a.classList.add("current");
    }
  });

  const help = document.getElementById("help");
  document.getElementById("help-open")?.addEventListener("click", () => help.showModal());
  document.getElementById("undo")?.addEventListener("click", () => post({ action: "undo" }, current()));

  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = e.target.closest?.("input, textarea, select, [contenteditable]");
    if (e.key === "Escape") {
      const a = e.target.closest?.("article.draft");
      const form = e.target.closest?.("form.edit");
      if (form && a) { e.preventDefault(); toggleEdit(a, false); }
      return;
    }
    if (typing) return;
    if (help.open && e.key !== "?") return;
    const list = drafts();
    const a = current();
    const at = a ? list.indexOf(a) : -1;
    switch (e.key) {
      case "j": e.preventDefault(); focusDraft(list[Math.min(at + 1, list.length - 1)]); break;
      case "k": e.preventDefault(); focusDraft(list[Math.max(at - 1, 0)]); break;
      case "p": if (a) { e.preventDefault(); act("publish", a); } break;
      case "d": if (a) { e.preventDefault(); act("discard", a); } break;
      case "e": if (a) { e.preventDefault(); toggleEdit(a, true); } break;
      case "u": e.preventDefault(); post({ action: "undo" }, a); break;
      case "?": e.preventDefault(); if (help.open) help.close(); else help.showModal(); break;
    }
  });

  restoreFocus();
  listen();
  document.documentElement.dataset.inboxReady = "true";
})();
