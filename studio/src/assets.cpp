// The studio's stylesheet and script, served from the program itself: the studio works offline, and the
// Content-Security-Policy admits no inline code.
#include "page.hpp"

namespace facepia::studio {

std::string_view stylesheet() {
  return R"css(
:root { --ink: #1b1f24; --muted: #4a5360; --line: #c9d1db; --bg: #ffffff; --panel: #f4f6f9; --accent: #0b57d0;
  --deny: #a3141b; --deny-bg: #fde8e9; --allow: #0a6b2d; --allow-bg: #e3f5e9; --cond: #7a4b00; --cond-bg: #fff3d6;
  --undet: #5b3a99; --undet-bg: #efe9fb; font-family: system-ui, "Noto Sans", "WenQuanYi Micro Hei", sans-serif; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); line-height: 1.5; font-size: 16px; }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; margin: 0; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
.top { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: .6rem 1rem;
  border-bottom: 1px solid var(--line); background: var(--panel); }
.brand { font-weight: 700; text-decoration: none; color: var(--ink); }
main { padding: 1rem; max-width: 1400px; margin: 0 auto; }
main.narrow { max-width: 52rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
h1 { font-size: 1.6rem; margin: .3rem 0 .6rem; }
h2 { font-size: 1.25rem; margin: 1rem 0 .5rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.lead { color: var(--muted); }
form.q, form.override { border: 1px solid var(--line); border-radius: 8px; padding: .8rem; margin: .6rem 0;
  background: var(--bg); }
#next form.q { border: 2px solid var(--accent); box-shadow: 0 1px 4px rgba(0,0,0,.08); }
fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
legend, .label { font-weight: 600; display: block; margin-bottom: .2rem; overflow-wrap: anywhere; }
.help { color: var(--muted); margin: .2rem 0 .4rem; }
.why { font-size: .9rem; color: var(--muted); margin: .2rem 0 .4rem; }
.hint { font-size: .9rem; margin: .2rem 0; }
.choices { display: grid; gap: .25rem; }
.choice { display: flex; gap: .5rem; align-items: baseline; padding: .25rem .35rem; border-radius: 6px;
  cursor: pointer; overflow-wrap: anywhere; }
.choice:hover { background: var(--panel); }
.choice input { flex: none; width: 1.1rem; height: 1.1rem; }
.comment { color: var(--muted); }
input[type=text], textarea, select { width: 100%; max-width: 100%; font: inherit; padding: .45rem .5rem;
  border: 1px solid #7d8794; border-radius: 6px; }
.row { display: flex; gap: .5rem; }
.row input { flex: 1; min-width: 0; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .6rem; }
button { font: inherit; padding: .4rem .9rem; border-radius: 6px; border: 1px solid #7d8794; background: var(--bg);
  color: var(--ink); cursor: pointer; }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
[aria-invalid=true] { border-color: var(--deny) !important; outline: 2px solid var(--deny); }
.error { color: var(--deny); background: var(--deny-bg); border-radius: 6px; padding: .5rem .6rem; margin: .4rem 0; }
.notice { background: var(--allow-bg); color: var(--allow); padding: .4rem .6rem; border-radius: 6px; }
.done { background: var(--allow-bg); padding: .6rem; border-radius: 6px; }
details.group, details.section { border-top: 1px solid var(--line); padding: .4rem 0; }
details.section { margin-left: .6rem; }
details.rules summary { font-weight: 400; font-size: .9rem; color: var(--muted); }
summary { cursor: pointer; font-weight: 600; padding: .2rem 0; overflow-wrap: anywhere; }
.result { background: var(--panel); border-radius: 8px; padding: .8rem 1rem; min-width: 0; }
.decision { font-size: 1.5rem; font-weight: 700; padding: .4rem .7rem; border-radius: 6px; margin: .2rem 0 .6rem; }
.decision.deny { color: var(--deny); background: var(--deny-bg); }
.decision.allow { color: var(--allow); background: var(--allow-bg); }
.decision.conditional { color: var(--cond); background: var(--cond-bg); }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem .8rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.findings, ul.judgements, ul.answered, ul.history, ul.conditions { list-style: none; padding: 0; margin: 0; }
.finding { border-left: 4px solid var(--line); padding: .3rem .6rem; margin: .4rem 0; background: var(--bg);
  border-radius: 0 6px 6px 0; overflow-wrap: anywhere; }
.finding.breach { border-color: var(--deny); }
.finding.undetermined { border-color: var(--undet); }
.finding p { margin: .2rem 0; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; padding: 0 .4rem; border-radius: 4px; }
.badge.breach, .badge.deny { color: var(--deny); background: var(--deny-bg); }
.badge.undetermined { color: var(--undet); background: var(--undet-bg); }
.badge.allow { color: var(--allow); background: var(--allow-bg); }
.badge.conditional, .badge.overridden { color: var(--cond); background: var(--cond-bg); }
.severity, .meta, .counts, .needs, .reasoning { color: var(--muted); font-size: .9rem; }
.cites { display: inline-flex; flex-wrap: wrap; gap: .3rem; margin-left: .3rem; }
.cite { font-size: .85rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; background: var(--panel); }
ul.answered li, ul.history li, ul.judgements li { padding: .3rem 0; border-bottom: 1px solid var(--line);
  overflow-wrap: anywhere; }
form.inline { display: inline; margin-left: .5rem; }
form.inline button { padding: .1rem .5rem; font-size: .85rem; }
.downloads { overflow-wrap: anywhere; }
main[aria-busy=true] { cursor: progress; }
)css";
}

std::string_view script() {
  return R"js(
// Posts a form in the background and puts the server's fresh page in place, then moves the focus to the next
// question (or to the input in error), so that the questionnaire is answered from the keyboard. Without this
// script every form still posts and the server answers with the page.
(function () {
  'use strict';
  function focusNext() {
    var target = document.querySelector('main [aria-invalid=true]') ||
      document.querySelector('#next input:not([type=hidden]), #next textarea') || document.getElementById('done');
    if (target) {
      if (target.id === 'done') { target.setAttribute('tabindex', '-1'); }
      target.focus();
    }
  }
  async function send(form, submitter) {
    var action = (submitter && submitter.getAttribute('formaction')) || form.getAttribute('action');
    var data = new URLSearchParams(new FormData(form, submitter || undefined));
    var main = document.querySelector('main');
    main.setAttribute('aria-busy', 'true');
    var response = await fetch(action, { method: 'POST', body: data, credentials: 'same-origin' });
    var html = await response.text();
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var fresh = doc.querySelector('main');
    if (!fresh) { window.location.reload(); return; }
    main.replaceWith(fresh);
    document.title = doc.title;
    if (response.redirected && response.url) { history.replaceState(null, '', new URL(response.url).pathname); }
    focusNext();
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('js-post')) { return; }
    event.preventDefault();
    var submitter = event.submitter;
    send(form, submitter).catch(function (error) {
      // Post it the plain way, to where the button said.
      try { sessionStorage.setItem('facepia-script-error', String(error)); } catch (ignored) { /* storage off */ }
      if (submitter && submitter.getAttribute('formaction')) { form.setAttribute('action', submitter.getAttribute('formaction')); }
      if (submitter && submitter.name) {
        var extra = document.createElement('input');
        extra.type = 'hidden'; extra.name = submitter.name; extra.value = submitter.value;
        form.appendChild(extra);
      }
      form.submit();
    });
  });
})();
)js";
}

} // namespace facepia::studio
