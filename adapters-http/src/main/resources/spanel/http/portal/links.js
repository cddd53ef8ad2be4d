"use strict";
// One-tap import links (docs/PORTAL.md, "Import buttons"): each wraps the subscription URL the way
// its client reads it, and asks for the format that client understands.
var SpanelLinks = (function () {
  // RFC 3986: unreserved characters stay, everything else (UTF-8) becomes %XX.
  function pct(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  // Standard, padded base64 of an ASCII URL (subscription URLs are ASCII: tokens are [A-Za-z0-9_-]).
  function b64(text) {
    return btoa(text);
  }

  function withTarget(url, target) {
    var bare = url.replace(/([?&])target=[^&#]*&?/, "$1").replace(/[?&]$/, "");
    return bare + (bare.indexOf("?") >= 0 ? "&" : "?") + "target=" + target;
  }

  // Client id -> the format it reads and how the link is built from the URL u and the name n.
  var CLIENTS = [
    {id: "clash", label: "Clash Verge Rev / Clash Party", target: "clash",
      build: function (u, n) { return "clash://install-config?name=" + pct(n) + "&url=" + pct(u); }},
    {id: "stash", label: "Stash", target: "clash",
      build: function (u) { return "stash://install-config?url=" + pct(u); }},
    {id: "singbox", label: "sing-box", target: "singbox",
      build: function (u, n) { return "sing-box://import-remote-profile?url=" + pct(u) + "#" + pct(n); }},
    {id: "hiddify", label: "Hiddify", target: "singbox",
      build: function (u, n) { return "hiddify://import/" + u + "#" + pct(n); }},
    {id: "v2rayng", label: "v2rayNG", target: "base64",
      build: function (u, n) { return "v2rayng://install-sub?url=" + pct(u) + "#" + pct(n); }},
    {id: "nekobox", label: "NekoBox", target: "base64",
      build: function (u, n) { return "sn://subscription?url=" + pct(u) + "&name=" + pct(n); }},
    {id: "shadowrocket", label: "Shadowrocket", target: "base64",
      build: function (u, n) { return "shadowrocket://add/sub://" + b64(u) + "?remark=" + pct(n); }},
    {id: "quanx", label: "Quantumult X", target: "base64",
      build: function (u, n) {
        return "quantumult-x:///add-resource?remote-resource=" + pct(JSON.stringify({server_remote: [u + ", tag=" + n]}));
      }}
  ];

  function find(id) {
    for (var i = 0; i < CLIENTS.length; i++) {
      if (CLIENTS[i].id === id) return CLIENTS[i];
    }
    throw new Error("no client " + id);
  }

  return {
    pct: pct,
    b64: b64,
    withTarget: withTarget,
    // The link for one client, from a URL that already carries its target (each client's own URL scheme).
    link: function (id, url, name) { return find(id).build(url, name); },
    // Every client's button for a subscription URL: label, format and link.
    all: function (subscriptionUrl, name) {
      return CLIENTS.map(function (c) {
        return {id: c.id, label: c.label, target: c.target, href: c.build(withTarget(subscriptionUrl, c.target), name)};
      });
    }
  };
})();
