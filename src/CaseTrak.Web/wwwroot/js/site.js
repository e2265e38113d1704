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

    document.addEventListener("keydown", function (event) {
        if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
        if (typing(event.target)) return;
        var dialog = document.getElementById("shortcuts");
        if (dialog && dialog.open) return;

        var key = event.key;
        if (pending === "g") {
            pending = null;
            window.clearTimeout(pendingTimer);
            if (key === "d") {
                event.preventDefault();
                window.location.assign("/");
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
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
    else ready();
})();
