// newsdesk preview: live reload and build-error overlay. Injected only by `newsdesk serve`.
(() => {
  "use strict";
  const OVERLAY_ID = "newsdesk-build-error";
  const showError = (message) => {
    let box = document.getElementById(OVERLAY_ID);
    if (!box) {
      box = document.createElement("div");
      box.id = OVERLAY_ID;
      box.setAttribute("role", "alert");
      box.style.cssText = [
        "position:fixed", "inset:auto 1rem 1rem 1rem", "z-index:2147483647", "max-height:60vh",
        "overflow:auto", "padding:1rem 1.25rem", "border-radius:6px", "background:#2b0b0b",
        "color:#ffe9e9", "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace",
        "box-shadow:0 8px 30px rgba(0,0,0,.45)", "white-space:pre-wrap",
      ].join(";");
      document.body.appendChild(box);
    }
    box.textContent = "newsdesk: the last edit did not build; showing the last good version.\n\n" + message;
  };
  const hideError = () => document.getElementById(OVERLAY_ID)?.remove();
  const refreshStyles = () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set("newsdesk-reload", Date.now().toString());
      link.href = url.toString();
    }
  };
  // The browser reconnects by itself after a dropped connection, but not after an HTTP error
  // (the server answers 503 when too many pages are listening): then the page retries on its
  // own, backing off from 1 s to 30 s, until a slot is free.
  let delay = 1000;
  const connect = () => {
    const events = new EventSource("/__newsdesk/events");
    // Lets tests (and curious curators) see whether the page is listening.
    events.addEventListener("open", () => {
      delay = 1000;
      document.documentElement.dataset.newsdeskLive = "connected";
    });
    events.addEventListener("error", () => {
      if (events.readyState !== EventSource.CLOSED) {
        return;
      }
      document.documentElement.dataset.newsdeskLive = "retrying";
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 30000);
    });
    events.addEventListener("reload", () => location.reload());
    events.addEventListener("css", () => { hideError(); refreshStyles(); });
    events.addEventListener("build-error", (e) => showError(e.data));
    events.addEventListener("build-ok", hideError);
  };
  connect();
})();
