// facepia studio in a real headless Chromium, driven over the DevTools protocol (--remote-debugging-pipe: no
// WebSocket client, no npm package). From an empty deployment it answers the questions the page asks, in the
// order it asks them, with the facts of the Skellefteå example ("don't know yet" where the example states
// none), and checks that the page reaches the Skellefteå decision (deny, with the citations the authority gave)
// in fewer questions than the vocabulary has facts; that the YAML the studio saves assesses to the same id
// from the CLI; and that the questionnaire and the result page do not overflow at 1280 and 390 px wide.
// Screenshots go to --out. Any missing tool (chromium, facepia) is a failure, never a skip.
//
//   node browser_test.mjs --facepia build/cli/facepia --chromium /usr/bin/chromium --source . --out DIR
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
}
for (const key of ['facepia', 'chromium', 'source', 'out']) {
  if (!args[key]) {
    console.error(`error: --${key} is required`);
    process.exit(2);
  }
}
for (const key of ['facepia', 'source', 'out']) {
  args[key] = path.resolve(args[key]);
}
for (const program of [args.facepia, args.chromium]) {
  if (!fs.existsSync(program)) {
    console.error(`error: \`${program}\` does not exist: this test needs it (scripts/setup installs chromium)`);
    process.exit(1);
  }
}

const started = [];
let failures = 0;
function check(condition, message) {
  if (condition) {
    console.log(`ok: ${message}`);
  } else {
    failures += 1;
    console.error(`FAILED: ${message}`);
  }
}
function fail(message) {
  throw new Error(message);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'facepia-studio-browser-'));
const work = path.join(temp, 'work');
fs.mkdirSync(work);
fs.mkdirSync(args.out, { recursive: true });
fs.copyFileSync(path.join(args.source, 'examples/deployments/skelleftea-school-attendance.yaml'),
  path.join(work, 'skelleftea-truth.yaml'));
const rules = path.join(args.source, 'rules');

// --- the studio ---
async function startStudio() {
  const child = spawn(args.facepia, ['studio', '--port', '0', '--db', path.join(temp, 'store.db'), '--rules', rules],
    { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  let out = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  for (let i = 0; i < 300; i++) {
    const m = out.match(/open (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32})/);
    if (m) {
      return m[1];
    }
    if (child.exitCode !== null) {
      fail(`facepia studio exited with ${child.exitCode}`);
    }
    await sleep(50);
  }
  fail('facepia studio printed no URL');
}

// The Skellefteå facts as the studio reads them (the same loader as the CLI), through its own HTTP API.
async function truthFacts(url) {
  const origin = new URL(url).origin;
  const first = await fetch(url, { redirect: 'manual' });
  const cookie = first.headers.get('set-cookie').split(';')[0];
  const home = await (await fetch(origin + '/', { headers: { cookie } })).text();
  const csrf = home.match(/name="csrf" value="([0-9a-f]+)"/)[1];
  const opened = await fetch(origin + '/open', {
    method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, file: 'skelleftea-truth.yaml' }),
  });
  const draft = opened.headers.get('location');
  const state = await (await fetch(origin + draft + '/state.json', { headers: { cookie } })).json();
  return state.answers;
}

// --- Chromium over the DevTools protocol, on file descriptors 3 and 4 ---
class Browser {
  constructor() {
    this.profile = fs.mkdtempSync(path.join(temp, 'profile-'));
    this.child = spawn(args.chromium, ['--headless=new', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu',
      '--no-first-run', '--no-default-browser-check', '--hide-scrollbars', '--font-render-hinting=none',
      `--user-data-dir=${this.profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    started.push(this.child);
    this.next = 1;
    this.pending = new Map();
    this.events = [];
    let buffer = Buffer.alloc(0);
    this.child.stdio[4].on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      let end;
      while ((end = buffer.indexOf(0)) >= 0) {
        const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
        buffer = buffer.subarray(end + 1);
        if (message.id && this.pending.has(message.id)) {
          const { resolve, reject } = this.pending.get(message.id);
          this.pending.delete(message.id);
          if (message.error) {
            reject(new Error(JSON.stringify(message.error)));
          } else {
            resolve(message.result);
          }
        } else {
          this.events.push(message);
        }
      }
    });
  }
  send(method, params = {}, sessionId = undefined) {
    const id = this.next++;
    const message = { id, method, params };
    if (sessionId) {
      message.sessionId = sessionId;
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdio[3].write(JSON.stringify(message) + '\0');
    });
  }
  async page() {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId);
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    // A headless tab has no window focus; emulate it, so that focus moves as in a visible window.
    await page.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    return page;
  }
  close() {
    this.child.kill('SIGTERM');
  }
}

class Page {
  constructor(browser, sessionId) {
    this.browser = browser;
    this.sessionId = sessionId;
  }
  send(method, params = {}) {
    return this.browser.send(method, params, this.sessionId);
  }
  async eval(expression) {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) {
      fail(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}\n${expression}`);
    }
    return r.result.value;
  }
  async waitFor(expression, what, timeout = 20000) {
    const until = Date.now() + timeout;
    while (Date.now() < until) {
      try {
        const value = await this.eval(expression);
        if (value) {
          return value;
        }
      } catch (e) {
        // navigating: the context is gone for a moment
      }
      await sleep(40);
    }
    let where = '';
    try {
      where = await this.eval(`location.href + ' [' + sessionStorage.getItem('facepia-script-error') + ']: ' + document.body.innerText.slice(0, 300)`);
    } catch (e) {
      where = String(e);
    }
    fail(`timed out waiting for ${what} (at ${where})`);
  }
  async width(width) {
    const mobile = width < 600;
    await this.send('Emulation.setDeviceMetricsOverride',
      { width, height: mobile ? 844 : 900, deviceScaleFactor: 1, mobile });
    await sleep(100);
  }
  async screenshot(file) {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    fs.writeFileSync(path.join(args.out, file), Buffer.from(data, 'base64'));
  }
  // Nothing sticks out to the right of the viewport, and the page does not scroll sideways.
  async overflow() {
    return this.eval(`(() => {
      const width = document.documentElement.clientWidth;
      const over = [...document.querySelectorAll('body *')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.right > width + 1;
      }).map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
      return { scrollWidth: document.documentElement.scrollWidth, width, over: over.slice(0, 8) };
    })()`);
  }
  async checkLayout(name) {
    for (const width of [1280, 390]) {
      await this.width(width);
      await this.eval('window.scrollTo(0, 0)');
      await this.screenshot(`${name}-${width}.png`);
      const o = await this.overflow();
      check(o.scrollWidth <= o.width && o.over.length === 0,
        `${name} at ${width} px: no horizontal overflow (scroll width ${o.scrollWidth}, viewport ${o.width}` +
        `${o.over.length ? ', overflowing: ' + o.over.join(' ') : ''})`);
    }
    await this.width(1280);
  }
}

function cliAssess(file) {
  const r = spawnSync(args.facepia, ['assess', '--no-record', '--format', 'json', '--rules', rules, file],
    { encoding: 'utf8' });
  return { status: r.status, json: r.stdout ? JSON.parse(r.stdout) : null, stderr: r.stderr };
}

function expectedBreachLabels() {
  const rows = fs.readFileSync(path.join(args.source, 'examples/deployments/expected.tsv'), 'utf8').split('\n');
  const row = rows.map((l) => l.split('\t')).find((c) => c[0] === 'skelleftea-school-attendance.yaml');
  return { decision: row[2], labels: row[3].split(',').filter((l) => l && l !== '-') };
}

async function main() {
  const url = await startStudio();
  const truth = await truthFacts(url);
  check(Object.keys(truth).length > 20, `the Skellefteå example states ${Object.keys(truth).length} facts`);

  const browser = new Browser();
  const page = await browser.page();
  await page.width(1280);
  await page.send('Page.navigate', { url });
  await page.waitFor(`location.pathname === '/' && document.readyState === 'complete' && !!document.querySelector('#new')`,
    'the home page');
  await page.eval(`document.querySelector('#new button').click()`);
  await page.waitFor(`document.readyState === 'complete' && !!document.querySelector('main[data-draft]')`,
    'a new draft');
  const vocabularyFacts = Number(await page.eval(`document.querySelector('main').dataset.vocabularyFacts`));
  check(await page.eval(`document.querySelector('main').dataset.decision`) === 'deny',
    'an empty deployment is denied (fail closed)');
  await page.checkLayout('questionnaire');

  let asked = 0;
  let focusFollowed = 0;
  let enumShown = false;
  const order = [];
  for (;;) {
    const q = await page.eval(`(() => {
      const form = document.querySelector('#next form');
      return form ? { fact: form.dataset.fact, type: form.dataset.type, id: form.id,
                      revision: document.querySelector('main').dataset.revision } : null;
    })()`);
    if (!q) {
      break;
    }
    asked += 1;
    if (asked > vocabularyFacts) {
      fail(`more questions (${asked}) than the vocabulary has facts`);
    }
    if (q.type === 'enum' && !enumShown) {
      // The first question with choices, for the layout check (and the README's screenshot).
      enumShown = true;
      await page.checkLayout('question-enum');
    }
    const answer = truth[q.fact];
    order.push(answer === undefined ? `${q.fact}=?` : `${q.fact}=${answer}`);
    const form = `document.getElementById(${JSON.stringify(q.id)})`;
    if (answer === undefined) {
      await page.eval(`${form}.querySelector('button[formaction$="/skip"]').click()`);
    } else {
      if (q.type === 'boolean' || q.type === 'enum') {
        await page.eval(`${form}.querySelector('input[value=${JSON.stringify(answer)}]').click()`);
      } else if (q.type === 'set') {
        const values = answer.replace(/^\[|\]$/g, '').split(',').map((v) => v.trim()).filter((v) => v);
        for (const v of values) {
          await page.eval(`${form}.querySelector('input[value=${JSON.stringify(v)}]').click()`);
        }
      } else {
        // Typed, as a person types: focus, then keyboard input.
        const text = q.type === 'text' ? JSON.parse(answer) : answer;
        await page.eval(`(() => { const i = ${form}.querySelector('input[name=value], textarea'); i.value = ''; i.focus(); })()`);
        await page.send('Input.insertText', { text });
      }
      await page.eval(`${form}.querySelector('button.primary').click()`);
    }
    await page.waitFor(`document.querySelector('main').dataset.revision !== ${JSON.stringify(q.revision)}`,
      `the page to re-assess after ${q.fact}`);
    if (await page.eval(`!!document.activeElement && !!document.activeElement.closest('#next, #done') || document.activeElement.id === 'done'`)) {
      focusFollowed += 1;
    }
  }
  console.log(`questions in the order asked (${asked}): ${order.join(', ')}`);
  // The script records in sessionStorage (which outlives the fallback's page load) why it fell back.
  const scriptError = await page.eval(`sessionStorage.getItem('facepia-script-error')`);
  check(scriptError === null, `the page's script posted every answer in the background${scriptError ? ' (' + scriptError + ')' : ''}`);
  console.log('focus: ' + await page.eval(`document.activeElement ? document.activeElement.tagName + '#' + document.activeElement.id : 'none'`));
  check(await page.eval(`!!document.getElementById('done')`), 'the page says that no question decides any more');
  check(asked < vocabularyFacts, `${asked} questions, fewer than the ${vocabularyFacts} facts of the vocabulary`);
  check(focusFollowed === asked, `the focus moved to the next question after every answer (${focusFollowed}/${asked})`);

  const expected = expectedBreachLabels();
  const decision = await page.eval(`document.querySelector('main').dataset.decision`);
  check(decision === expected.decision, `decision ${decision}, as the authority decided (${expected.decision})`);
  check(await page.eval(`document.getElementById('decision').textContent.trim()`) === 'Deny', 'the page shows Deny');
  const cited = await page.eval(`[...document.querySelectorAll('li.finding[data-status=breach] .cite')].map((e) => e.textContent)`);
  for (const label of expected.labels) {
    check(cited.includes(label), `a breach cites ${label}`);
  }
  await page.checkLayout('result');

  // Saved from the page, the YAML assesses to the page's id from the CLI.
  await page.eval(`(() => { const i = document.getElementById('save-file'); i.value = ''; i.focus(); })()`);
  await page.send('Input.insertText', { text: 'studio-skelleftea.yaml' });
  const revision = await page.eval(`document.querySelector('main').dataset.revision`);
  await page.eval(`document.querySelector('#save button.primary').click()`);
  await page.waitFor(`document.querySelector('main').dataset.revision !== ${JSON.stringify(revision)}`, 'the save');
  const pageId = await page.eval(`document.querySelector('main').dataset.assessmentId`);
  const saved = path.join(work, 'studio-skelleftea.yaml');
  check(fs.existsSync(saved), 'the studio saved studio-skelleftea.yaml in its working folder');
  const cli = cliAssess(saved);
  check(cli.status === 1, `facepia assess exits 1 (deny) on the saved YAML${cli.stderr ? ': ' + cli.stderr : ''}`);
  check(cli.json && cli.json.assessment_id === pageId, `the CLI's assessment id ${cli.json?.assessment_id} is the page's ${pageId}`);
  fs.copyFileSync(saved, path.join(args.out, 'studio-skelleftea.yaml'));

  // The Chinese page.
  await page.eval(`document.querySelector('header nav a').click()`);
  await page.waitFor(`document.documentElement.lang === 'zh-Hans' && document.readyState === 'complete'`, 'the Chinese page');
  check(await page.eval(`document.getElementById('decision').textContent.trim()`) === '拒绝', 'the Chinese page shows 拒绝');
  await page.checkLayout('result-zh');
  browser.close();
}

try {
  await main();
} catch (e) {
  failures += 1;
  console.error(`FAILED: ${e.stack || e}`);
} finally {
  for (const child of started) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
    }
  }
  await sleep(200);
  fs.rmSync(temp, { recursive: true, force: true });
}
console.log(failures === 0 ? 'browser test passed' : `browser test: ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
