"use strict";
// The user portal (docs/PORTAL.md): one page that reads the public JSON API under /app/api/v0.
// Every piece of text reaches the page through textContent or an attribute, never as markup, and
// the Content-Security-Policy allows no inline script, so a hostile name or message cannot run.
(function () {
  var API = "/app/api/v0";
  var TOKEN = "spanel.portal.token";
  var LANG = "spanel.portal.lang";
  var GB = 1073741824, MB = 1048576;

  var state = {site: null, lang: "en", messages: {}, view: null, timer: null};

  // ---- text -----------------------------------------------------------------------------------

  function t(key, vars) {
    var text = Object.prototype.hasOwnProperty.call(state.messages, key) ? state.messages[key] : key;
    if (vars) {
      text = text.replace(/\{(\w+)\}/g, function (all, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : all;
      });
    }
    return text;
  }

  function chosenLanguage() {
    var kept = localStorage.getItem(LANG);
    if (kept === "en" || kept === "zh-CN") return kept;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "en"];
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i]).toLowerCase();
      if (tag.indexOf("zh") === 0) return "zh-CN";
      if (tag.indexOf("en") === 0) return "en";
    }
    return "en";
  }

  function loadMessages(lang) {
    var url = document.body.getAttribute(lang === "zh-CN" ? "data-messages-zh-cn" : "data-messages-en");
    return fetch(url, {credentials: "omit"}).then(function (reply) { return reply.json(); }).then(function (messages) {
      state.lang = lang;
      state.messages = messages;
      document.documentElement.lang = lang;
      document.getElementById("lang").value = lang;
      document.getElementById("lang-label").textContent = t("lang.label");
      document.getElementById("admin-link").textContent = t("footer.admin");
      document.getElementById("licences").textContent = t("footer.licences");
    });
  }

  // ---- formatting -----------------------------------------------------------------------------

  function bytes(n) {
    var number = new Intl.NumberFormat(state.lang, {maximumFractionDigits: 2, minimumFractionDigits: 2});
    if (n >= GB) return number.format(n / GB) + " GB";
    return number.format(n / MB) + " MB";
  }

  function money(text) {
    return new Intl.NumberFormat(state.lang, {style: "currency", currency: state.site.currency}).format(Number(text));
  }

  function date(seconds) {
    return new Intl.DateTimeFormat(state.lang, {dateStyle: "medium", timeStyle: "short", timeZone: state.site.timezone})
        .format(new Date(seconds * 1000));
  }

  function now() {
    return Date.now() / 1000;
  }

  // ---- elements -------------------------------------------------------------------------------

  // h("p", {class: "x"}, "text", child): attributes set one by one, strings become text nodes.
  function h(tag, attrs) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name.indexOf("on") === 0) el.addEventListener(name.substring(2), value);
        else el.setAttribute(name, value === true ? "" : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach(function (c) { append(el, c); });
    else el.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }

  function field(id, labelKey, attrs) {
    var input = h("input", Object.assign({id: id, name: id}, attrs || {}));
    return h("label", {class: "field", for: id}, t(labelKey), input);
  }

  function value(id) {
    return document.getElementById(id).value;
  }

  function card(title) {
    var el = h("section", {class: "card"}, title ? h("h2", null, title) : null);
    for (var i = 1; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function stat(labelKey, text, id, extra) {
    return card(null, h("div", {class: "label"}, t(labelKey)), h("div", {class: "value", id: id}, text), extra || null);
  }

  function alertBox(id) {
    return h("p", {class: "alert", role: "alert", id: id});
  }

  function show(id, text, ok) {
    var el = document.getElementById(id);
    if (!el) return;
    el.className = ok ? "notice" : "alert";
    el.textContent = text;
  }

  // ---- the API ----------------------------------------------------------------------------------

  function ApiError(code, message) {
    this.code = code;
    this.message = message;
  }

  function describe(code, msg, reply) {
    var key = "error." + code;
    var text = Object.prototype.hasOwnProperty.call(state.messages, key) ? t(key) : (msg || t("error.unknown"));
    if (code === "invalid_request" && msg) text = t("error.invalid_request") + " (" + msg + ")";
    var wait = reply && reply.headers.get("Retry-After");
    if (wait && (reply.status === 429 || reply.status === 503)) text += " " + t("error.retry_after", {seconds: wait});
    return text;
  }

  var MONEY_PATHS = ["/user/buy", "/user/checkout", "/payment/create"];

  function randomKey() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function api(method, path, body) {
    var headers = {"Accept": "application/json"};
    var token = localStorage.getItem(TOKEN);
    if (token) headers["Authorization"] = "Bearer " + token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    // Money requests carry a fresh key per click, so a request the network repeats is done once.
    if (method === "POST" && MONEY_PATHS.indexOf(path) >= 0) headers["Idempotency-Key"] = randomKey();
    return fetch(API + path, {method: method, headers: headers, credentials: "omit", cache: "no-store",
      body: body === undefined ? undefined : JSON.stringify(body)})
      .catch(function () { throw new ApiError("network", t("error.network")); })
      .then(function (reply) {
        return reply.json().catch(function () { return null; }).then(function (json) {
          if (reply.ok && json && json.ret === 1) return json.data;
          var code = json && json.error ? json.error : "http_" + reply.status;
          // A token that stopped working (logged out elsewhere, password changed) ends the session here.
          if (reply.status === 401 && token && path.indexOf("/auth/") !== 0) {
            localStorage.removeItem(TOKEN);
            go("login");
          }
          throw new ApiError(code, describe(code, json && json.msg, reply));
        });
      });
  }

  // Runs an action from a button or form, showing its refusal in the alert box with the given id.
  function attempt(alertId, action) {
    return function (event) {
      if (event) event.preventDefault();
      var button = event && event.submitter ? event.submitter : (event && event.currentTarget.tagName === "BUTTON" ? event.currentTarget : null);
      if (button) button.disabled = true;
      show(alertId, "");
      Promise.resolve().then(action).catch(function (e) {
        show(alertId, e instanceof ApiError ? e.message : t("error.unknown"));
      }).then(function () {
        if (button) button.disabled = false;
      });
    };
  }

  // ---- pages --------------------------------------------------------------------------------------

  // Each page: whether it needs a session, the nav entry it shows under (if any), and how it renders.
  var pages = {};
  var NAV = ["home", "shop", "topup", "orders", "subscription", "nodes", "traffic", "devices", "invite", "tickets", "notices", "help", "account"];

  function page(name, needsLogin, render) {
    pages[name] = {needsLogin: needsLogin, render: render};
  }

  function go(name, param) {
    location.hash = "#/" + name + (param ? "/" + param : "");
  }

  function route() {
    if (state.timer) { clearTimeout(state.timer); state.timer = null; }
    var parts = location.hash.replace(/^#\/?/, "").split("/");
    var name = parts[0];
    var loggedIn = !!localStorage.getItem(TOKEN);
    var params = new URLSearchParams(location.search);
    if (!name && location.pathname === "/reset-password") name = "reset";
    else if (!name && params.has("invite")) name = loggedIn ? "home" : "register";
    if (!pages[name]) name = loggedIn ? "home" : "login";
    if (pages[name].needsLogin && !loggedIn) name = "login";
    state.view = name;
    renderNav(loggedIn, name);
    var main = document.getElementById("view");
    main.replaceChildren();
    document.body.removeAttribute("data-ready");
    document.body.setAttribute("data-view", name);
    Promise.resolve(pages[name].render(main, parts[1])).catch(function (e) {
      main.replaceChildren(h("p", {class: "alert", role: "alert", id: "page-error"},
          e instanceof ApiError ? e.message : t("error.unknown")));
    }).then(function () {
      if (state.view === name) document.body.setAttribute("data-ready", name);
    });
  }

  function renderNav(loggedIn, current) {
    var nav = document.getElementById("nav");
    nav.hidden = !loggedIn;
    nav.setAttribute("aria-label", t("nav.label"));
    nav.replaceChildren.apply(nav, NAV.map(function (name) {
      // A ticket's own page sits under Tickets in the menu.
      var here = name === current || (name === "tickets" && current === "ticket");
      return h("a", {href: "#/" + name, id: "nav-" + name, "aria-current": here ? "page" : null}, t("nav." + name));
    }));
  }

  function heading(main, key) {
    document.title = t(key) + " · " + state.site.name;
    main.appendChild(h("h1", null, t(key)));
  }

  // ---- signed out ---------------------------------------------------------------------------------

  function logIn(email, password) {
    return api("POST", "/auth/login", {email: email, password: password}).then(function (data) {
      localStorage.setItem(TOKEN, data.access_token);
      go("home");
    });
  }

  page("login", false, function (main) {
    heading(main, "login.title");
    main.appendChild(h("form", {id: "login-form", class: "card narrow", onsubmit: attempt("login-error", function () {
      return logIn(value("login-email"), value("login-password"));
    })},
      field("login-email", "field.email", {type: "email", required: true, autocomplete: "username"}),
      field("login-password", "field.password", {type: "password", required: true, autocomplete: "current-password"}),
      alertBox("login-error"),
      h("button", {type: "submit", id: "login-submit"}, t("login.submit")),
      h("p", null, h("a", {href: "#/register"}, t("login.to_register"))),
      state.site.password_reset ? h("p", null, h("a", {href: "#/forgot"}, t("login.to_forgot"))) : null));
  });

  page("register", false, function (main) {
    heading(main, "register.title");
    var invite = new URLSearchParams(location.search).get("invite") || "";
    main.appendChild(h("form", {id: "register-form", class: "card narrow", onsubmit: attempt("register-error", function () {
      var body = {email: value("register-email"), password: value("register-password")};
      if (value("register-invite")) body.invite_code = value("register-invite");
      return api("POST", "/auth/register", body).then(function () { return logIn(body.email, body.password); });
    })},
      field("register-email", "field.email", {type: "email", required: true, autocomplete: "username"}),
      field("register-password", "field.password", {type: "password", required: true, minlength: 8, autocomplete: "new-password"}),
      field("register-invite", "field.invite", {type: "text", value: invite, autocomplete: "off"}),
      alertBox("register-error"),
      h("button", {type: "submit", id: "register-submit"}, t("register.submit")),
      h("p", null, h("a", {href: "#/login"}, t("register.to_login")))));
  });

  page("forgot", false, function (main) {
    heading(main, "forgot.title");
    main.appendChild(h("form", {id: "forgot-form", class: "card narrow", onsubmit: attempt("forgot-error", function () {
      return api("POST", "/auth/forgot", {email: value("forgot-email")}).then(function () {
        show("forgot-error", t("forgot.sent"), true);
      });
    })},
      h("p", {class: "muted"}, t("forgot.explain")),
      field("forgot-email", "field.email", {type: "email", required: true, autocomplete: "username"}),
      alertBox("forgot-error"),
      h("button", {type: "submit"}, t("forgot.submit")),
      h("p", null, h("a", {href: "#/login"}, t("register.to_login")))));
  });

  page("reset", false, function (main) {
    heading(main, "reset.title");
    // The link's token is kept in memory and taken out of the address bar, so it is not in history.
    var token = state.resetToken || new URLSearchParams(location.search).get("token") || "";
    state.resetToken = token;
    if (location.search) history.replaceState(null, "", location.pathname + "#/reset");
    main.appendChild(h("form", {id: "reset-form", class: "card narrow", onsubmit: attempt("reset-error", function () {
      return api("POST", "/auth/reset", {token: token, new_password: value("reset-password")}).then(function () {
        state.resetToken = null;
        history.replaceState(null, "", "/#/login");
        route();
        show("login-error", t("reset.done"), true);
      });
    })},
      field("reset-password", "field.new_password", {type: "password", required: true, minlength: 8, autocomplete: "new-password"}),
      alertBox("reset-error"),
      h("button", {type: "submit"}, t("reset.submit"))));
  });

  // ---- home -------------------------------------------------------------------------------------

  page("home", true, function (main) {
    heading(main, "home.title");
    return Promise.all([api("GET", "/user/info"), api("GET", "/user/nodes").catch(function () { return null; })])
      .then(function (got) {
        var info = got[0], nodes = got[1];
        var used = info.u + info.d, total = info.transfer_enable, left = Math.max(0, total - used);
        var planEnded = info.class_expire <= now(), accountEnded = info.expire_in <= now(), exhausted = used >= total;
        var warnings = [];
        if (accountEnded) warnings.push(t("home.account_ended"));
        else if (planEnded) warnings.push(t("home.plan_ended"));
        if (exhausted) warnings.push(t("home.exhausted"));
        if (warnings.length) {
          main.appendChild(h("p", {class: "alert", role: "alert", id: "home-warning"}, warnings.join(" "), " ",
              h("a", {href: "#/shop"}, t("home.to_shop"))));
        }
        var share = total > 0 ? Math.min(100, used * 100 / total) : 100;
        var online = nodes ? nodes.nodes.filter(function (n) { return n.state === "up"; }).length : null;
        main.appendChild(h("div", {class: "grid three"},
          stat("home.plan", t("home.class", {level: info["class"]}), "home-class",
              h("div", {class: "muted", id: "home-class-end"}, planEnded ? t("home.ended") : t("home.until", {when: date(info.class_expire)}))),
          stat("home.traffic_left", bytes(left), "home-traffic-left", h("div", null,
              h("div", {class: "bar" + (exhausted ? " full" : ""), role: "progressbar", "aria-label": t("home.traffic_used"),
                "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(share)},
                h("span", {style: null, "data-share": share})),
              h("div", {class: "muted", id: "home-traffic-used"}, t("home.used_of", {used: bytes(used), total: bytes(total)})))),
          stat("home.balance", money(info.money), "home-balance", h("a", {href: "#/topup"}, t("home.top_up"))),
          stat("home.next_reset", info.next_traffic_reset ? date(info.next_traffic_reset) : t("home.no_reset"), "home-next-reset"),
          stat("home.account_until", accountEnded ? t("home.ended") : date(info.expire_in), "home-expire"),
          stat("home.devices", info.node_iplimit > 0 ? String(info.node_iplimit) : t("home.unlimited"), "home-devices"),
          stat("home.speed", info.node_speedlimit > 0 ? t("home.mbps", {n: info.node_speedlimit}) : t("home.unlimited"), "home-speed"),
          stat("home.nodes_online", nodes ? online + " / " + nodes.nodes.length : "—", "home-nodes",
              h("a", {href: "#/nodes"}, t("nav.nodes")))));
        // The bar's width is set from script: the policy allows no inline style attribute.
        main.querySelectorAll(".bar > span").forEach(function (bar) { bar.style.width = bar.getAttribute("data-share") + "%"; });
        if (state.site.checkin) main.appendChild(checkInCard());
      });
  });

  function checkInCard() {
    return card(t("checkin.title"), h("p", {class: "muted"}, t("checkin.explain")), alertBox("checkin-result"),
      h("button", {type: "button", id: "checkin", onclick: attempt("checkin-result", function () {
        return api("POST", "/user/checkin").then(function (data) {
          show("checkin-result", t("checkin.done", {mb: data.bonus_mb}), true);
        });
      })}, t("checkin.submit")));
  }

  // ---- shop -------------------------------------------------------------------------------------

  function contentLines(content) {
    var lines = [];
    if (content.traffic !== undefined) lines.push(t("plan.traffic", {gb: content.traffic}));
    if (content["class"] !== undefined) lines.push(t("plan.class", {level: content["class"]}));
    if (content.class_expire !== undefined) lines.push(t("plan.class_days", {days: content.class_expire}));
    if (content.expire_in !== undefined) lines.push(t("plan.account_days", {days: content.expire_in}));
    if (content.speedlimit !== undefined) lines.push(content.speedlimit > 0 ? t("plan.speed", {n: content.speedlimit}) : t("plan.speed_unlimited"));
    if (content.iplimit !== undefined) lines.push(content.iplimit > 0 ? t("plan.devices", {n: content.iplimit}) : t("plan.devices_unlimited"));
    if (content.reset_traffic) lines.push(t("plan.reset_now"));
    if (content.monthly_reset) lines.push(t("plan.monthly_reset." + content.monthly_reset));
    if (content.purchase_limit !== undefined) lines.push(t("plan.purchase_limit", {n: content.purchase_limit}));
    return lines;
  }

  page("shop", true, function (main) {
    heading(main, "shop.title");
    return Promise.all([api("GET", "/user/shop?size=100"), api("GET", "/user/info")]).then(function (got) {
      var packages = got[0].packages, info = got[1];
      main.appendChild(card(null, h("p", {id: "shop-balance"}, t("shop.balance", {money: money(info.money)}), " ",
          h("a", {href: "#/topup"}, t("home.top_up"))),
        field("coupon", "field.coupon", {type: "text", autocomplete: "off"}),
        h("p", {class: "muted"}, t("shop.coupon_explain"))));
      if (!packages.length) main.appendChild(h("p", {class: "muted"}, t("shop.empty")));
      var grid = h("div", {class: "grid"});
      packages.forEach(function (p) {
        var soldOut = p.stock !== null && p.stock !== undefined && p.stock <= 0;
        var msg = "buy-result-" + p.id;
        grid.appendChild(card(p.name, h("p", {class: "price"}, money(p.price)),
          h("ul", {class: "plain"}, contentLines(p.content).map(function (line) { return h("li", null, line); })),
          soldOut ? h("p", {class: "muted"}, t("shop.sold_out")) : null,
          h("p", {class: "alert", role: "alert", id: msg}),
          h("div", {class: "row"},
            h("button", {type: "button", class: "secondary", id: "check-" + p.id, onclick: attempt(msg, function () {
              var code = value("coupon").trim();
              if (!code) throw new ApiError("invalid_coupon", t("shop.coupon_missing"));
              return api("GET", "/user/coupon?code=" + encodeURIComponent(code) + "&shop_id=" + p.id).then(function (q) {
                show(msg, t("shop.coupon_price", {price: money(q.final_price), discount: money(q.discount)}), true);
              });
            })}, t("shop.check_coupon")),
            h("button", {type: "button", id: "buy-" + p.id, disabled: soldOut, onclick: attempt(msg, function () {
              var body = {shop_id: p.id};
              var code = value("coupon").trim();
              if (code) body.coupon = code;
              return api("POST", "/user/buy", body).then(function (b) {
                show(msg, t("shop.bought", {name: b.shop_name, paid: money(b.paid), balance: money(b.new_balance)}), true);
                document.getElementById("shop-balance").firstChild.textContent = t("shop.balance", {money: money(b.new_balance)});
              });
            })}, t("shop.buy")))));
      });
      main.appendChild(grid);
    });
  });

  // ---- top-up and orders -------------------------------------------------------------------------

  page("topup", true, function (main) {
    heading(main, "topup.title");
    var gateways = state.site.gateways;
    if (!gateways.length) {
      main.appendChild(card(null, h("p", {id: "topup-none"}, t("topup.none"))));
      main.appendChild(giftCardForm());
      return;
    }
    main.appendChild(giftCardForm());
    main.insertBefore(h("form", {id: "topup-form", class: "card narrow", onsubmit: attempt("topup-error", function () {
      return api("POST", "/payment/create", {total: value("topup-amount"), gateway: value("topup-gateway")}).then(function (o) {
        // The status route does not repeat the gateway's address; keep it for this tab's order page.
        sessionStorage.setItem("spanel.portal.pay." + o.order_id, o.payment_url || "");
        go("order", o.order_id);
      });
    })},
      field("topup-amount", "field.amount", {type: "number", min: "0.01", step: "0.01", required: true, inputmode: "decimal"}),
      h("label", {class: "field", for: "topup-gateway"}, t("field.gateway"),
        h("select", {id: "topup-gateway", name: "topup-gateway"}, gateways.map(function (g) {
          return h("option", {value: g}, t("gateway." + g));
        }))),
      alertBox("topup-error"),
      h("button", {type: "submit", id: "topup-submit"}, t("topup.submit"))), main.lastChild);
  });

  // A gift card's code: its amount goes to the balance, or its plan is bought; the answer says which.
  function giftCardForm() {
    return h("form", {id: "giftcard-form", class: "card narrow", onsubmit: attempt("giftcard-result", function () {
      return api("POST", "/user/giftcard", {code: value("giftcard-code")}).then(function (r) {
        document.getElementById("giftcard-form").reset();
        show("giftcard-result", r.purchase_id ? t("giftcard.plan", {balance: money(r.new_balance)})
            : t("giftcard.credited", {amount: money(r.credited), balance: money(r.new_balance)}), true);
      });
    })},
      h("h2", null, t("giftcard.title")),
      field("giftcard-code", "field.giftcard_code", {type: "text", required: true, maxlength: 64, autocomplete: "off",
        spellcheck: "false"}),
      alertBox("giftcard-result"),
      h("button", {type: "submit", id: "giftcard-submit"}, t("giftcard.submit")));
  }

  // ---- invite and commission ----------------------------------------------------------------------

  var WITHDRAWAL = {pending: "invite.pending", approved: "invite.approved", rejected: "invite.rejected"};

  page("invite", true, function (main) {
    heading(main, "invite.title");
    return Promise.all([api("GET", "/user/invite"), api("GET", "/user/commissions?size=50"),
      api("GET", "/user/commission/withdrawals?size=50")]).then(function (got) {
      var invite = got[0], commissions = got[1].commissions, withdrawals = got[2].withdrawals;
      var link = h("code", {id: "invite-link"}, location.origin + "/?invite=" + encodeURIComponent(invite.invite_code));
      main.appendChild(card(null, h("p", null, t("invite.link"), " ", link), alertBox("invite-error"),
        h("button", {type: "button", class: "secondary", id: "invite-reset", onclick: attempt("invite-error", function () {
          return api("POST", "/user/invite/reset").then(function (r) {
            link.textContent = location.origin + "/?invite=" + encodeURIComponent(r.invite_code);
          });
        })}, t("invite.reset"))));
      var row = h("div", {class: "grid three"});
      row.appendChild(stat("invite.invitees", String(invite.invitees), "invite-invitees"));
      row.appendChild(stat("invite.earned", money(invite.commission_earned), "invite-earned"));
      row.appendChild(stat("invite.balance", money(invite.commission_balance), "invite-balance"));
      main.appendChild(row);
      var reload = function () { route(); };
      main.appendChild(h("form", {id: "transfer-form", class: "card", onsubmit: attempt("transfer-result", function () {
        return api("POST", "/user/commission/transfer", {amount: value("transfer-amount")}).then(reload);
      })},
        h("h2", null, t("invite.transfer")),
        field("transfer-amount", "field.amount", {type: "number", min: "0.01", step: "0.01", required: true, inputmode: "decimal"}),
        alertBox("transfer-result"),
        h("button", {type: "submit", id: "transfer-submit"}, t("invite.transfer_submit"))));
      main.appendChild(h("form", {id: "withdraw-form", class: "card", onsubmit: attempt("withdraw-result", function () {
        return api("POST", "/user/commission/withdraw", {amount: value("withdraw-amount"), method: value("withdraw-method"),
          account: value("withdraw-account")}).then(reload);
      })},
        h("h2", null, t("invite.withdraw")),
        field("withdraw-amount", "field.amount", {type: "number", min: "0.01", step: "0.01", required: true, inputmode: "decimal"}),
        field("withdraw-method", "field.withdraw_method", {type: "text", required: true, maxlength: 32}),
        field("withdraw-account", "field.withdraw_account", {type: "text", required: true, maxlength: 128}),
        alertBox("withdraw-result"),
        h("button", {type: "submit", id: "withdraw-submit"}, t("invite.withdraw_submit"))));
      main.appendChild(card(t("invite.withdrawals"), withdrawals.length ? h("div", {class: "scroll"}, h("table", {id: "withdrawals-table"},
        h("thead", null, h("tr", null, h("th", null, t("orders.amount")), h("th", null, t("field.withdraw_method")),
          h("th", null, t("field.withdraw_account")), h("th", null, t("orders.status")), h("th", null, t("invite.note")),
          h("th", null, t("orders.created")))),
        h("tbody", null, withdrawals.map(function (w) {
          return h("tr", null, h("td", null, money(w.amount)), h("td", null, w.method), h("td", null, w.account),
            h("td", null, t(WITHDRAWAL[w.status] || "invite.pending")), h("td", null, w.note || "—"),
            h("td", null, date(Date.parse(w.created_at) / 1000)));
        })))) : h("p", {class: "muted"}, t("orders.none"))));
      main.appendChild(card(t("invite.commissions"), commissions.length ? h("div", {class: "scroll"}, h("table", {id: "commissions-table"},
        h("thead", null, h("tr", null, h("th", null, t("invite.invitee")), h("th", null, t("orders.amount")),
          h("th", null, t("orders.created")))),
        h("tbody", null, commissions.map(function (c) {
          return h("tr", null, h("td", null, "#" + c.invitee_id), h("td", null, money(c.amount)),
            h("td", null, date(Date.parse(c.created_at) / 1000)));
        })))) : h("p", {class: "muted"}, t("orders.none"))));
    });
  });

  var STATUS = {0: "order.unpaid", 1: "order.paid", 2: "order.closed"};

  page("order", true, function (main, id) {
    heading(main, "order.title");
    if (!/^\d+$/.test(id || "")) throw new ApiError("not_found", t("error.not_found"));
    var payUrl = sessionStorage.getItem("spanel.portal.pay." + id);
    var status = h("span", {id: "order-status"});
    var box = card(null, h("p", null, t("order.number", {id: id})), h("p", {id: "order-total"}),
      h("p", null, t("order.status"), " ", status), alertBox("order-error"));
    main.appendChild(box);
    var actions = h("div", {class: "row", id: "order-actions"});
    if (payUrl) actions.appendChild(h("a", {class: "button", href: payUrl, rel: "noopener noreferrer", id: "order-pay"}, t("order.pay")));
    if (state.site.debug_confirm) {
      actions.appendChild(h("button", {type: "button", class: "secondary", id: "order-confirm", onclick: attempt("order-error", function () {
        return api("POST", "/payment/debug/confirm", {order_id: Number(id)}).then(poll);
      })}, t("order.debug_confirm")));
    }
    box.appendChild(actions);
    box.appendChild(h("p", {class: "muted"}, h("a", {href: "#/orders"}, t("nav.orders"))));
    // The page asks spanel, never the gateway, until the order is paid or closed.
    function poll() {
      return api("GET", "/payment/status/" + id).then(function (o) {
        if (state.view !== "order") return;
        status.textContent = t(STATUS[o.status] || "order.unpaid");
        status.className = o.status === 1 ? "state-up" : (o.status === 2 ? "state-down" : "state-late");
        document.getElementById("order-total").textContent = t("order.total", {total: money(o.total)});
        actions.hidden = o.status !== 0;
        if (o.status === 0) state.timer = setTimeout(function () { poll().catch(function () { }); }, 3000);
      });
    }
    return poll();
  });

  page("orders", true, function (main) {
    heading(main, "orders.title");
    return Promise.all([api("GET", "/payment/orders?size=50"), api("GET", "/user/bought?size=50")]).then(function (got) {
      var orders = got[0].orders, bought = got[1].items;
      main.appendChild(card(t("orders.topups"), orders.length ? h("div", {class: "scroll"}, h("table", {id: "orders-table"},
        h("thead", null, h("tr", null, h("th", null, t("orders.id")), h("th", null, t("orders.amount")),
          h("th", null, t("orders.status")), h("th", null, t("orders.created")))),
        h("tbody", null, orders.map(function (o) {
          return h("tr", null, h("td", null, h("a", {href: "#/order/" + o.id}, "#" + o.id)), h("td", null, money(o.total)),
            h("td", null, t(STATUS[o.status] || "order.unpaid")), h("td", null, date(Date.parse(o.created_at) / 1000)));
        })))) : h("p", {class: "muted"}, t("orders.none"))));
      main.appendChild(card(t("orders.purchases"), bought.length ? h("div", {class: "scroll"}, h("table", {id: "bought-table"},
        h("thead", null, h("tr", null, h("th", null, t("orders.plan")), h("th", null, t("orders.paid")),
          h("th", null, t("orders.coupon")), h("th", null, t("orders.created")))),
        h("tbody", null, bought.map(function (b) {
          return h("tr", null, h("td", null, b.shop_name), h("td", null, money(b.paid)), h("td", null, b.coupon || "—"),
            h("td", null, date(Date.parse(b.created_at) / 1000)));
        })))) : h("p", {class: "muted"}, t("orders.none"))));
    });
  });

  // ---- subscription ----------------------------------------------------------------------------

  function drawQr(canvas, text) {
    var qr = qrcode(0, "M");
    qr.addData(text);
    qr.make();
    var count = qr.getModuleCount(), margin = 4, scale = Math.max(2, Math.floor(200 / (count + 2 * margin)));
    canvas.width = canvas.height = (count + 2 * margin) * scale;
    var g = canvas.getContext("2d");
    g.fillStyle = "#fff";
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.fillStyle = "#000";
    for (var r = 0; r < count; r++) {
      for (var c = 0; c < count; c++) {
        if (qr.isDark(r, c)) g.fillRect((c + margin) * scale, (r + margin) * scale, scale, scale);
      }
    }
  }

  // The clipboard API where the browser grants it, else the selection (plain http, older browsers).
  function copy(text) {
    function bySelection() {
      var input = document.getElementById("sub-url");
      input.select();
      return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new ApiError("copy", t("sub.copy_failed")));
    }
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text).catch(bySelection);
    return bySelection();
  }

  page("subscription", true, function (main) {
    heading(main, "sub.title");
    return api("GET", "/user/info").then(function (info) {
      var url = info.subscription_url;
      var canvas = h("canvas", {class: "qr", id: "sub-qr", role: "img", "aria-label": t("sub.qr")});
      main.appendChild(card(t("sub.url"),
        h("p", {class: "muted"}, t("sub.secret")),
        h("div", {class: "row"},
          h("label", {class: "sr-only", for: "sub-url"}, t("sub.url")),
          h("input", {id: "sub-url", type: "text", readonly: true, value: url}),
          h("button", {type: "button", id: "sub-copy", onclick: attempt("sub-message", function () {
            return copy(url).then(function () { show("sub-message", t("sub.copied"), true); });
          })}, t("sub.copy"))),
        h("p", {class: "alert", role: "status", id: "sub-message"}),
        canvas));
      drawQr(canvas, url);
      main.appendChild(card(t("sub.import"), h("p", {class: "muted"}, t("sub.import_explain")),
        h("div", {class: "imports", id: "sub-imports"}, SpanelLinks.all(url, state.site.profile_name).map(function (link) {
          return h("a", {class: "button secondary", href: link.href, rel: "noreferrer", "data-client": link.id}, link.label);
        }))));
      main.appendChild(card(t("sub.guide"), h("dl", null, ["windows", "macos", "android", "ios"].map(function (os) {
        return [h("dt", null, h("strong", null, t("guide." + os + ".name"))), h("dd", null, t("guide." + os))];
      }))));
      var confirmRow = h("div", {class: "row", id: "sub-reset-confirm", hidden: true},
        h("span", null, t("sub.reset_sure")),
        h("button", {type: "button", class: "danger", id: "sub-reset-yes", onclick: attempt("sub-reset-result", function () {
          return api("POST", "/user/subscription/reset").then(function () { route(); });
        })}, t("sub.reset_yes")),
        h("button", {type: "button", class: "secondary", onclick: function () {
          confirmRow.hidden = true;
          document.getElementById("sub-reset").hidden = false;
        }}, t("sub.reset_no")));
      main.appendChild(card(t("sub.reset"), h("p", {class: "muted"}, t("sub.reset_explain")),
        h("button", {type: "button", class: "secondary", id: "sub-reset", onclick: function (event) {
          event.currentTarget.hidden = true;
          confirmRow.hidden = false;
          document.getElementById("sub-reset-yes").focus();
        }}, t("sub.reset")), confirmRow, alertBox("sub-reset-result")));
    });
  });

  // ---- nodes ------------------------------------------------------------------------------------

  page("nodes", true, function (main) {
    heading(main, "nodes.title");
    return api("GET", "/user/nodes?size=100").then(function (data) {
      if (!data.nodes.length) {
        main.appendChild(card(null, h("p", {class: "muted", id: "nodes-none"}, t("nodes.none"), " ", h("a", {href: "#/shop"}, t("home.to_shop")))));
        return;
      }
      main.appendChild(card(null, h("div", {class: "scroll"}, h("table", {id: "nodes-table"},
        h("thead", null, h("tr", null, h("th", null, t("nodes.name")), h("th", null, t("nodes.protocol")),
          h("th", null, t("nodes.state")), h("th", null, t("nodes.online")), h("th", null, t("nodes.load")),
          h("th", null, t("nodes.rate")))),
        h("tbody", null, data.nodes.map(function (n) {
          return h("tr", null, h("td", null, n.name), h("td", null, n.protocol),
            h("td", {class: "state-" + n.state}, t("nodes.state." + n.state)),
            h("td", null, n.online === null || n.online === undefined ? "—" : String(n.online)),
            h("td", {title: t("nodes.load_hint")}, n.load_percent === null || n.load_percent === undefined ? "—"
              : new Intl.NumberFormat(state.lang, {style: "percent"}).format(n.load_percent / 100)),
            h("td", null, "×" + n.traffic_rate));
        }))))));
    });
  });

  // ---- account ----------------------------------------------------------------------------------

  // Which notices reach the user by which channel, and the Telegram link; every label is text.
  function notificationsCard(settings) {
    var events = Object.keys(settings.events), channels = settings.channels;
    if (!channels.length) return card(t("notify.title"), h("p", {class: "muted", id: "notify-none"}, t("notify.no_channels")));
    var form = h("form", {id: "notify-form", class: "card", onsubmit: attempt("notify-result", function () {
      var chosen = {};
      events.forEach(function (event) {
        chosen[event] = {};
        channels.forEach(function (channel) {
          chosen[event][channel] = document.getElementById("notify-" + event + "-" + channel).checked;
        });
      });
      return api("PUT", "/user/notifications", {events: chosen, language: value("notify-language")}).then(function () {
        show("notify-result", t("notify.saved"), true);
      });
    })},
      h("h2", null, t("notify.title")),
      h("div", {class: "scroll"}, h("table", {id: "notify-table"},
        h("thead", null, h("tr", null, h("th", null, t("notify.event")), channels.map(function (channel) {
          return h("th", null, t("notify.channel." + channel));
        }))),
        h("tbody", null, events.map(function (event) {
          return h("tr", null, h("td", null, t("notify.event." + event)), channels.map(function (channel) {
            var box = h("input", {type: "checkbox", id: "notify-" + event + "-" + channel,
              "aria-label": t("notify.event." + event) + ": " + t("notify.channel." + channel)});
            box.checked = settings.events[event][channel] !== false;
            return h("td", null, box);
          }));
        })))),
      h("label", {for: "notify-language"}, t("notify.language")),
      h("select", {id: "notify-language"}, ["en", "zh-CN"].map(function (language) {
        var option = h("option", {value: language}, t("notify.language." + language));
        option.selected = language === settings.language;
        return option;
      })),
      alertBox("notify-result"),
      h("button", {type: "submit"}, t("notify.save")));
    if (channels.indexOf("telegram") >= 0) form.appendChild(telegramPart(settings.telegram_linked));
    return form;
  }

  function telegramPart(linked) {
    var part = h("div", {id: "telegram"}, h("h3", null, t("notify.telegram")), alertBox("telegram-result"));
    if (linked) {
      part.appendChild(h("p", {id: "telegram-state"}, t("notify.telegram_linked")));
      part.appendChild(h("button", {type: "button", class: "secondary", id: "telegram-unlink", onclick: attempt("telegram-result", function () {
        return api("DELETE", "/user/telegram/link").then(function () { route(); });
      })}, t("notify.telegram_unlink")));
    } else {
      part.appendChild(h("p", {id: "telegram-state", class: "muted"}, t("notify.telegram_not_linked")));
      part.appendChild(h("button", {type: "button", class: "secondary", id: "telegram-link", onclick: attempt("telegram-result", function () {
        return api("POST", "/user/telegram/link").then(function (link) {
          var code = document.getElementById("telegram-code") || part.appendChild(h("p", {id: "telegram-code"}));
          code.textContent = "";
          append(code, [t("notify.telegram_send"), " ", h("code", null, link.command)]);
        });
      })}, t("notify.telegram_link")));
    }
    return part;
  }

  page("account", true, function (main) {
    heading(main, "account.title");
    return Promise.all([api("GET", "/user/info"), api("GET", "/user/notifications")]).then(function (got) {
      var info = got[0];
      main.appendChild(card(null, h("p", null, t("account.email"), " ", h("strong", {id: "account-email"}, info.email)),
        info.invite_code ? h("p", null, t("account.invite"), " ",
          h("code", {id: "account-invite"}, location.origin + "/?invite=" + encodeURIComponent(info.invite_code))) : null,
        h("button", {type: "button", id: "logout", class: "secondary", onclick: function () {
          api("POST", "/auth/logout").catch(function () { }).then(function () {
            localStorage.removeItem(TOKEN);
            go("login");
          });
        }}, t("account.logout"))));
      main.appendChild(h("form", {id: "password-form", class: "card", onsubmit: attempt("password-result", function () {
        return api("POST", "/user/password", {current_password: value("current-password"), new_password: value("new-password")})
          .then(function () {
            document.getElementById("password-form").reset();
            show("password-result", t("account.password_changed"), true);
          });
      })},
        h("h2", null, t("account.password")),
        field("current-password", "field.current_password", {type: "password", required: true, autocomplete: "current-password"}),
        field("new-password", "field.new_password", {type: "password", required: true, minlength: 8, autocomplete: "new-password"}),
        alertBox("password-result"),
        h("button", {type: "submit"}, t("account.change_password"))));
      if (state.site.checkin) main.appendChild(checkInCard());
      main.appendChild(notificationsCard(got[1]));
    });
  });

  // ---- traffic ----------------------------------------------------------------------------------

  var SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    var el = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (name) { el.setAttribute(name, String(attrs[name])); });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child) el.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return el;
  }

  // A day of the API ("2026-03-10", already in the panel's TIMEZONE) as the user's language writes it.
  function dayLabel(text) {
    return new Intl.DateTimeFormat(state.lang, {month: "short", day: "numeric", timeZone: "UTC"}).format(new Date(text + "T00:00:00Z"));
  }

  // One day's upload and download: of every node, or of the node with this id.
  function dayTraffic(day, nodeId) {
    if (!nodeId) return {u: day.u, d: day.d};
    var found = day.nodes.filter(function (n) { return String(n.id) === nodeId; })[0];
    return found ? {u: found.u, d: found.d} : {u: 0, d: 0};
  }

  // Stacked bars, download under upload, drawn as SVG from script: no library, and no style
  // attribute (the policy refuses inline styles), only classes the stylesheet colours.
  function drawTraffic(box, days, nodeId) {
    var width = 600, height = 200, top = 18, bottom = 22, base = height - bottom, slot = width / days.length;
    var values = days.map(function (day) { return dayTraffic(day, nodeId); });
    var max = Math.max.apply(null, values.map(function (v) { return v.u + v.d; }).concat([1]));
    var scale = (base - top) / max;
    var chart = svg("svg", {id: "traffic-chart", class: "chart", viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": t("traffic.chart_label", {max: bytes(max)})});
    chart.appendChild(svg("line", {class: "axis", x1: 0, x2: width, y1: base, y2: base}));
    chart.appendChild(svg("text", {class: "tick", x: 2, y: 12}, t("traffic.max", {max: bytes(max)})));
    values.forEach(function (v, i) {
      var x = i * slot + slot * 0.15, w = slot * 0.7, dh = v.d * scale, uh = v.u * scale;
      chart.appendChild(svg("g", {class: "day"},
        svg("title", null, dayLabel(days[i].date) + ": " + t("traffic.download") + " " + bytes(v.d) + ", " + t("traffic.upload") + " " + bytes(v.u)),
        svg("rect", {class: "day-d", x: x, y: base - dh, width: w, height: dh}),
        svg("rect", {class: "day-u", x: x, y: base - dh - uh, width: w, height: uh})));
    });
    chart.appendChild(svg("text", {class: "tick", x: 2, y: height - 6}, dayLabel(days[0].date)));
    chart.appendChild(svg("text", {class: "tick", x: width - 2, y: height - 6, "text-anchor": "end"}, dayLabel(days[days.length - 1].date)));
    box.replaceChildren(chart);
  }

  page("traffic", true, function (main) {
    heading(main, "traffic.title");
    // Node names come from the user's nodes; a node no longer open to the user shows by its number.
    return Promise.all([api("GET", "/user/traffic?days=30"), api("GET", "/user/nodes?size=100").catch(function () { return {nodes: []}; })])
      .then(function (got) {
        var days = got[0].days, names = {}, used = {};
        got[1].nodes.forEach(function (n) { names[n.id] = n.name; });
        days.forEach(function (day) { day.nodes.forEach(function (n) { used[n.id] = true; }); });
        var select = h("select", {id: "traffic-node", name: "traffic-node"}, h("option", {value: ""}, t("traffic.all_nodes")),
          Object.keys(used).map(function (id) { return h("option", {value: id}, names[id] || t("traffic.node", {id: id})); }));
        var box = h("div", {class: "chart-box"}), rows = h("tbody", {id: "traffic-rows"});
        function redraw() {
          drawTraffic(box, days, select.value);
          rows.replaceChildren.apply(rows, days.slice().reverse().map(function (day) {
            var v = dayTraffic(day, select.value);
            return h("tr", null, h("td", null, dayLabel(day.date)), h("td", null, bytes(v.d)), h("td", null, bytes(v.u)),
              h("td", null, bytes(v.u + v.d)));
          }));
        }
        select.addEventListener("change", redraw);
        main.appendChild(card(null, h("label", {class: "field", for: "traffic-node"}, t("traffic.which"), select),
          h("p", {class: "muted"}, h("span", {class: "key key-d"}), " ", t("traffic.download"), "  ",
            h("span", {class: "key key-u"}), " ", t("traffic.upload")),
          box, h("p", {class: "muted"}, t("traffic.explain", {timezone: state.site.timezone}))));
        main.appendChild(card(t("traffic.table"), h("div", {class: "scroll"}, h("table", {id: "traffic-table"},
          h("thead", null, h("tr", null, ["traffic.date", "traffic.download", "traffic.upload", "traffic.total"].map(function (key) {
            return h("th", null, t(key));
          }))), rows))));
        redraw();
      });
  });

  // ---- devices ----------------------------------------------------------------------------------

  function deviceRow(d) {
    var name = [d.model, d.os, d.os_version].filter(Boolean).join(" · ") || t("devices.unnamed");
    var ask, sure;
    sure = h("span", {class: "row", hidden: true},
      h("button", {type: "button", class: "danger", id: "device-remove-yes-" + d.id, onclick: attempt("devices-error", function () {
        return api("DELETE", "/user/devices/" + d.id).then(function () { route(); });
      })}, t("devices.remove_yes")),
      h("button", {type: "button", class: "secondary", onclick: function () {
        sure.hidden = true;
        ask.hidden = false;
        ask.focus();
      }}, t("sub.reset_no")));
    ask = h("button", {type: "button", class: "secondary", id: "device-remove-" + d.id, onclick: function () {
      ask.hidden = true;
      sure.hidden = false;
      sure.firstChild.focus();
    }}, t("devices.remove"));
    return h("tr", {id: "device-" + d.id}, h("td", null, name), h("td", null, d.app || "—"),
      h("td", null, date(Date.parse(d.first_seen_at) / 1000)), h("td", null, date(Date.parse(d.last_seen_at) / 1000)),
      h("td", null, ask, sure));
  }

  page("devices", true, function (main) {
    heading(main, "devices.title");
    return Promise.all([api("GET", "/user/devices?size=100"), api("GET", "/user/info")]).then(function (got) {
      var devices = got[0].devices, limit = got[1].node_iplimit;
      main.appendChild(card(null, h("p", {id: "devices-limit"},
          limit > 0 ? t("devices.limit", {n: limit, count: got[0].total}) : t("devices.no_limit")),
        h("p", {class: "muted"}, t("devices.explain"))));
      if (!devices.length) {
        main.appendChild(card(null, h("p", {class: "muted", id: "devices-none"}, t("devices.none"))));
        return;
      }
      main.appendChild(card(null, alertBox("devices-error"), h("div", {class: "scroll"}, h("table", {id: "devices-table"},
        h("thead", null, h("tr", null, ["devices.device", "devices.app", "devices.first_seen", "devices.last_seen", "devices.remove"]
          .map(function (key) { return h("th", null, t(key)); }))),
        h("tbody", null, devices.map(deviceRow))))));
    });
  });

  // ---- tickets ----------------------------------------------------------------------------------

  function ticketState(k) {
    return h("span", {class: "ticket-" + k.state}, t("tickets.state." + k.state));
  }

  function textArea(id, labelKey, attrs) {
    return h("label", {class: "field", for: id}, t(labelKey), h("textarea", Object.assign({id: id, name: id, rows: 5}, attrs || {})));
  }

  // Subjects and messages are kept as sent, markup included, and shown only as text.
  page("tickets", true, function (main) {
    heading(main, "tickets.title");
    return api("GET", "/user/tickets?size=50").then(function (data) {
      main.appendChild(card(null, data.tickets.length ? h("div", {class: "scroll"}, h("table", {id: "tickets-table"},
        h("thead", null, h("tr", null, h("th", null, t("tickets.subject")), h("th", null, t("tickets.state")),
          h("th", null, t("tickets.updated")))),
        h("tbody", null, data.tickets.map(function (k) {
          return h("tr", null, h("td", null, h("a", {href: "#/ticket/" + k.id}, k.subject)), h("td", null, ticketState(k)),
            h("td", null, date(Date.parse(k.updated_at) / 1000)));
        })))) : h("p", {class: "muted", id: "tickets-none"}, t("tickets.none"))));
      main.appendChild(h("form", {id: "ticket-form", class: "card", onsubmit: attempt("ticket-error", function () {
        return api("POST", "/user/tickets", {subject: value("ticket-subject"), text: value("ticket-text")}).then(function (k) {
          go("ticket", k.id);
        });
      })},
        h("h2", null, t("tickets.new")),
        field("ticket-subject", "tickets.subject", {type: "text", required: true, maxlength: 120, autocomplete: "off"}),
        textArea("ticket-text", "tickets.message", {required: true, maxlength: 5000}),
        alertBox("ticket-error"),
        h("button", {type: "submit", id: "ticket-submit"}, t("tickets.send"))));
    });
  });

  page("ticket", true, function (main, id) {
    heading(main, "tickets.ticket");
    if (!/^\d+$/.test(id || "")) throw new ApiError("not_found", t("error.not_found"));
    return api("GET", "/user/tickets/" + id).then(function (k) {
      main.appendChild(card(null, h("h2", {id: "ticket-subject-shown"}, k.subject),
        h("p", {id: "ticket-state"}, t("tickets.state"), ": ", ticketState(k)),
        h("ol", {class: "thread", id: "ticket-messages"}, k.messages.map(function (m) {
          return h("li", {class: m.from_staff ? "staff" : "mine"},
            h("div", {class: "label"}, t(m.from_staff ? "tickets.from_staff" : "tickets.from_you"), " · ", date(Date.parse(m.created_at) / 1000)),
            h("p", {class: "message"}, m.text));
        })),
        h("p", null, h("a", {href: "#/tickets"}, t("tickets.back")))));
      main.appendChild(h("form", {id: "reply-form", class: "card", onsubmit: attempt("reply-error", function () {
        return api("POST", "/user/tickets/" + id + "/reply", {text: value("reply-text")}).then(function () { route(); });
      })},
        h("h2", null, t("tickets.reply")),
        k.state === "closed" ? h("p", {class: "muted"}, t("tickets.reopens")) : null,
        textArea("reply-text", "tickets.message", {required: true, maxlength: 5000}),
        alertBox("reply-error"),
        h("div", {class: "row"}, h("button", {type: "submit", id: "reply-submit"}, t("tickets.send")),
          k.state === "closed" ? null : h("button", {type: "button", class: "secondary", id: "ticket-close",
            onclick: attempt("reply-error", function () {
              return api("POST", "/user/tickets/" + id + "/close").then(function () { route(); });
            })}, t("tickets.close")))));
    });
  });

  // ---- announcements and help -------------------------------------------------------------------

  // The one place markup from the API enters the page: an announcement's or article's `html`, which
  // the server rendered from Markdown to a safe subset (docs/SUPPORT.md: typed HTML comes out
  // escaped, unsafe addresses emptied). Titles and everything else stay text; the policy still
  // refuses any script or inline style that could slip through.
  function serverHtml(html) {
    var box = h("div", {class: "prose"});
    box.innerHTML = html;
    return box;
  }

  page("notices", true, function (main) {
    heading(main, "notices.title");
    return api("GET", "/user/announcements?size=50").then(function (data) {
      if (!data.announcements.length) main.appendChild(card(null, h("p", {class: "muted", id: "notices-none"}, t("notices.none"))));
      data.announcements.forEach(function (a) {
        var box, badge = h("span", {class: "badge", hidden: a.read}, t("notices.unread"));
        var mark = h("button", {type: "button", class: "secondary", id: "notice-read-" + a.id, hidden: a.read,
          onclick: attempt("notice-error-" + a.id, function () {
            return api("POST", "/user/announcements/" + a.id + "/read").then(function () {
              box.classList.remove("unread");
              badge.hidden = true;
              mark.hidden = true;
            });
          })}, t("notices.mark_read"));
        box = h("section", {class: "card notice-card" + (a.read ? "" : " unread"), id: "notice-" + a.id},
          h("h2", null, a.title, " ", badge, a.pinned ? h("span", {class: "badge pinned"}, t("notices.pinned")) : null),
          h("p", {class: "label"}, date(Date.parse(a.created_at) / 1000)),
          serverHtml(a.html), alertBox("notice-error-" + a.id), mark);
        main.appendChild(box);
      });
    });
  });

  page("help", true, function (main) {
    heading(main, "help.title");
    return api("GET", "/user/articles?size=100&language=" + encodeURIComponent(state.lang)).then(function (data) {
      if (!data.articles.length) {
        main.appendChild(card(null, h("p", {class: "muted", id: "help-none"}, t("help.none"))));
        return;
      }
      var byCategory = {}, order = [];
      data.articles.forEach(function (a) {
        if (!byCategory[a.category]) { byCategory[a.category] = []; order.push(a.category); }
        byCategory[a.category].push(a);
      });
      order.forEach(function (category) {
        main.appendChild(card(category, byCategory[category].map(function (a) {
          return h("details", {class: "article", id: "article-" + a.id}, h("summary", null, a.title), serverHtml(a.html));
        })));
      });
    });
  });

  // ---- start ------------------------------------------------------------------------------------

  function applySite(site) {
    state.site = site;
    document.getElementById("site-name").textContent = site.name;
    document.title = site.name;
    if (site.logo_url) {
      var logo = document.getElementById("logo");
      logo.src = site.logo_url;
      logo.hidden = false;
    }
    if (site.support_url) {
      var support = document.getElementById("support");
      support.href = site.support_url;
      support.hidden = false;
    }
  }

  function relabel() {
    var support = document.getElementById("support");
    support.textContent = t("footer.support");
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.getElementById("lang").addEventListener("change", function (event) {
      localStorage.setItem(LANG, event.target.value);
      loadMessages(event.target.value).then(function () { relabel(); route(); });
    });
    window.addEventListener("hashchange", function () {
      if (location.hash.indexOf("#/") === 0 || location.hash === "") route();
    });
    Promise.all([loadMessages(chosenLanguage()), fetch(API + "/site", {credentials: "omit"}).then(function (r) { return r.json(); })])
      .then(function (got) {
        applySite(got[1].data);
        relabel();
        route();
      })
      .catch(function () {
        document.getElementById("view").replaceChildren(h("p", {class: "alert", role: "alert"},
            "spanel is not answering. Try again in a moment. / 服务暂时无法访问，请稍后再试。"));
      });
  });
})();
