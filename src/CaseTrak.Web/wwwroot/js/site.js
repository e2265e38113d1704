// CaseTrak's small progressive enhancements. Everything works without this file; it only adds
// keyboard shortcuts (UI.md), focus on the error summary, closing menus, and a copy button.
(function () {
    "use strict";

    function typing(target) {
        if (!target || !(target instanceof Element)) return false;
        var tag = target.tagName;
        return target.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
    }

    function openShortcuts() {
        var dialog = document.getElementById("shortcuts");
        if (dialog && typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
    }

    // Two-key sequences ("g" then "d") must follow each other within a second.
    var pending = null;
    var pendingTimer = 0;
    var goTo = { d: "/", m: "/matters", c: "/contacts" };

    document.addEventListener("keydown", function (event) {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
        if (typing(event.target)) return;
        var dialog = document.getElementById("shortcuts");
        if (dialog && dialog.open) return;

        var key = event.key;
        if (pending === "g") {
            pending = null;
            window.clearTimeout(pendingTimer);
            var destination = goTo[key];
            if (destination) {
                event.preventDefault();
                window.location.assign(destination);
            }
            return;
        }
        if (key === "g") {
            pending = "g";
            pendingTimer = window.setTimeout(function () { pending = null; }, 1000);
            return;
        }
        if (key === "?") {
            event.preventDefault();
            openShortcuts();
            return;
        }
        if (key === "t") {
            var timerButton = document.querySelector("[data-shortcut='t']");
            if (timerButton) {
                event.preventDefault();
                timerButton.click();
            }
            return;
        }
        if (key === "n") {
            var target = document.querySelector("[data-shortcut='n']");
            if (target) {
                event.preventDefault();
                target.click();
            }
            return;
        }
        if (key === "Escape") {
            document.querySelectorAll("details[data-menu][open]").forEach(function (menu) {
                menu.removeAttribute("open");
                var summary = menu.querySelector("summary");
                if (summary) summary.focus();
            });
        }
    });

    document.addEventListener("click", function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) return;

        // A click outside an open menu closes it.
        document.querySelectorAll("details[data-menu][open]").forEach(function (menu) {
            if (!menu.contains(target)) menu.removeAttribute("open");
        });

        var close = target.closest("[data-close-dialog]");
        if (close) {
            var dialog = close.closest("dialog");
            if (dialog) dialog.close();
            return;
        }

        // Error summary links move focus to the field itself, not only scroll to it (GOV.UK pattern).
        var link = target.closest(".error-summary a[href^='#']");
        if (link) {
            var field = document.getElementById(link.getAttribute("href").slice(1));
            if (field) {
                event.preventDefault();
                var label = field.id ? document.querySelector("label[for='" + field.id + "']") : null;
                (label || field).scrollIntoView({ block: "center" });
                field.focus({ preventScroll: true });
            }
            return;
        }

        var copy = target.closest("[data-copy]");
        if (copy && navigator.clipboard) {
            var source = document.querySelector(copy.getAttribute("data-copy"));
            if (source) {
                navigator.clipboard.writeText(source.value || source.textContent || "").then(function () {
                    copy.textContent = "Copied";
                });
            }
        }
    });

    // A click on the dialog's backdrop closes it.
    document.addEventListener("click", function (event) {
        var dialog = document.getElementById("shortcuts");
        if (dialog && dialog.open && event.target === dialog) dialog.close();
    });

    function ready() {
        // Copy buttons need the clipboard API; without it they stay hidden and the field can be selected.
        if (navigator.clipboard) {
            document.querySelectorAll("[data-copy][hidden]").forEach(function (button) { button.hidden = false; });
        }
        // Errors are announced and focused first, so a keyboard or screen-reader user starts there.
        var summary = document.querySelector("[data-error-summary]");
        if (summary) summary.focus();
        // A table wider than the screen scrolls sideways; make that region reachable by keyboard (WCAG 2.1.1).
        document.querySelectorAll(".table-responsive:not([tabindex])").forEach(function (region) {
            if (region.scrollWidth <= region.clientWidth) return;
            var caption = region.querySelector("caption");
            region.tabIndex = 0;
            region.setAttribute("role", "region");
            region.setAttribute("aria-label", caption ? caption.textContent.trim() : "Table, scrolls sideways");
        });
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
    else ready();
})();

// The header search (UI.md): "/" focuses it; as you type, matters and contacts appear grouped in a dropdown;
// arrow keys move, Enter opens, Esc closes. Results are built with textContent, never innerHTML. Without
// this script the form simply submits to /search.
(function () {
    "use strict";

    var form = document.querySelector("form[data-global-search]");
    if (!form || !window.fetch) return;
    var input = form.querySelector("input[name='q']");
    var panel = document.getElementById("global-search-panel");
    var list = document.getElementById("global-search-results");
    var all = document.getElementById("global-search-all");
    var status = document.getElementById("global-search-status");
    if (!input || !panel || !list || !all || !status) return;

    var groups = [{ type: "matter", label: "Matters" }, { type: "contact", label: "Contacts" }];
    var options = [];
    var active = -1;
    var timer = 0;
    var latest = 0;
    var controller = null;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", "global-search-results");

    function typing(target) {
        if (!(target instanceof Element)) return false;
        var tag = target.tagName;
        return target.isContentEditable || tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT";
    }

    function close() {
        panel.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function open() {
        panel.hidden = false;
        input.setAttribute("aria-expanded", "true");
    }

    function select(index) {
        options.forEach(function (option, i) {
            var on = i === index;
            option.setAttribute("aria-selected", on ? "true" : "false");
            option.classList.toggle("active", on);
        });
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function go(url) {
        // Only a path on this site: the API builds these, but a link must never leave CaseTrak.
        if (typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/") window.location.assign(url);
    }

    function render(query, items) {
        list.replaceChildren();
        options = [];
        groups.forEach(function (group) {
            var found = items.filter(function (item) { return item.type === group.type; });
            if (found.length === 0) return;
            var box = document.createElement("div");
            box.setAttribute("role", "group");
            var heading = document.createElement("div");
            heading.className = "dropdown-header";
            heading.id = "global-search-group-" + group.type;
            heading.setAttribute("role", "presentation");
            heading.textContent = group.label;
            box.setAttribute("aria-labelledby", heading.id);
            box.appendChild(heading);
            found.forEach(function (item) {
                var option = document.createElement("div");
                option.className = "dropdown-item global-search-option";
                option.id = "global-search-option-" + options.length;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.url = item.url;
                var title = document.createElement("span");
                title.className = "global-search-title";
                title.textContent = item.title;
                var snippet = document.createElement("span");
                snippet.className = "global-search-snippet";
                snippet.textContent = item.snippet;
                option.appendChild(title);
                option.appendChild(snippet);
                box.appendChild(option);
                options.push(option);
            });
            list.appendChild(box);
        });
        list.hidden = options.length === 0;
        all.href = "/search?q=" + encodeURIComponent(query);
        all.textContent = options.length === 0 ? "Nothing found for “" + query + "”. Search again on the results page" : "See all results for “" + query + "”";
        status.textContent = options.length === 0 ? "No results" : options.length + (options.length === 1 ? " result" : " results") + ". Use the up and down arrows to choose.";
        active = -1;
        input.removeAttribute("aria-activedescendant");
        open();
    }

    function search() {
        var query = input.value.trim();
        if (query.length < 2) {
            close();
            status.textContent = "";
            return;
        }
        var ticket = ++latest;
        if (controller) controller.abort();
        controller = typeof AbortController === "function" ? new AbortController() : null;
        fetch("/api/v1/search?q=" + encodeURIComponent(query), {
            headers: { Accept: "application/json" },
            credentials: "same-origin",
            signal: controller ? controller.signal : undefined
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (body) {
            if (ticket !== latest || !body || !Array.isArray(body.items)) return;
            if (document.activeElement !== input) return;
            render(query, body.items);
        }).catch(function () {
            // Aborted by a newer keystroke, or offline: Enter still submits to the results page.
        });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(search, 200);
    });

    input.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (panel.hidden) {
                if (options.length > 0) open();
                else return;
            }
            event.preventDefault();
            if (options.length === 0) return;
            var step = event.key === "ArrowDown" ? 1 : -1;
            select(active < 0 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
        } else if (event.key === "Enter") {
            if (!panel.hidden && active >= 0) {
                event.preventDefault();
                go(options[active].dataset.url);
            }
        } else if (event.key === "Escape") {
            if (!panel.hidden) {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        }
    });

    // mousedown, not click: a click would first blur the input and close the panel.
    list.addEventListener("mousedown", function (event) {
        var option = event.target instanceof Element ? event.target.closest("[role='option']") : null;
        if (!option) return;
        event.preventDefault();
        go(option.dataset.url);
    });

    document.addEventListener("click", function (event) {
        if (!form.contains(event.target)) close();
    });

    input.addEventListener("focus", function () {
        if (options.length > 0 && input.value.trim().length >= 2) open();
    });

    form.addEventListener("focusout", function (event) {
        if (!form.contains(event.relatedTarget)) close();
    });

    document.addEventListener("keydown", function (event) {
        if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
        var dialog = document.getElementById("shortcuts");
        if (dialog && dialog.open) return;
        event.preventDefault();
        input.focus();
        input.select();
    });
})();

// Timers (the top-bar widget and /time/timers): a running timer's clock ticks every second from the elapsed
// time the server rendered. Without this script the clock shows the time as of the page load.
(function () {
    "use strict";

    var clocks = document.querySelectorAll("[data-timer-elapsed][data-timer-running='true']");
    if (clocks.length === 0) return;
    var loaded = Date.now();

    function format(total) {
        var h = Math.floor(total / 3600), m = Math.floor(total / 60) % 60, s = total % 60;
        return h + ":" + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
    }

    function tick() {
        var passed = Math.floor((Date.now() - loaded) / 1000);
        clocks.forEach(function (clock) {
            var start = parseInt(clock.getAttribute("data-timer-elapsed"), 10) || 0;
            clock.textContent = format(start + passed);
        });
    }

    window.setInterval(tick, 1000);
})();
