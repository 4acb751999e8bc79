// Drives the lede search page in Debian's headless Chromium as a person would
// (#15): searching, facets, the date histogram, chips, pages, back/forward,
// the figures verdict, the error and empty states, and a hostile article
// whose markup must stay text.
//
//   node search_page.test.mjs SERVER_URL [SCREENSHOT.png]
//   LEDE_SERVER_URL=… LEDE_SCREENSHOT=… node search_page.test.mjs
//
// The server must hold corpus/ plus the hostile article tests/browser/run.sh
// writes (id hostile-001, the word "zorblax"). Exits non-zero on any failure.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const serverUrl = (process.argv[2] || process.env.LEDE_SERVER_URL || '').replace(/\/+$/, '');
const screenshotPath = path.resolve(process.argv[3] || process.env.LEDE_SCREENSHOT || 'search-page.png');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

if (!serverUrl) {
  console.error('usage: node search_page.test.mjs SERVER_URL [SCREENSHOT.png] (or $LEDE_SERVER_URL, $LEDE_SCREENSHOT)');
  process.exit(2);
}
if (!fs.existsSync(chromium)) {
  console.error(`no Chromium at ${chromium}: apt-get install chromium (or set $CHROMIUM)`);
  process.exit(2);
}

const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';
const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';

let browser;
let page;
let profileDir;
const problems = []; // page errors and console errors, checked at the end
let broken = null; // the first failed step: the later ones are skipped

// One step of the walk-through. After a failure the page is saved as
// failure-N.png beside the screenshot and the later steps are skipped, since
// each starts where the one before left the page.
let stepNumber = 0;
function step(name, body) {
  const number = ++stepNumber;
  it(name, async (t) => {
    if (broken) {
      t.skip(`an earlier step failed: ${broken}`);
      return;
    }
    try {
      await body();
    } catch (error) {
      broken = name;
      const shot = path.join(path.dirname(screenshotPath), `failure-${number}.png`);
      try {
        await page.screenshot({ path: shot, fullPage: true });
        error.message += `\n    (page at ${page.url()}, screenshot ${shot})`;
      } catch {
        // the page is gone: the error says enough
      }
      throw error;
    }
  });
}

// ---- helpers that read the page

const pageParams = () => new URL(page.url()).searchParams;

// Waits until the search the last action started has been shown: the results
// are no longer busy and the figures panel is no longer loading.
async function settled() {
  await page.waitForFunction(() => {
    const results = document.getElementById('results');
    const figures = document.getElementById('figures-panel');
    return !results.hasAttribute('aria-busy') && !figures.classList.contains('is-loading');
  });
}

async function waitForUrl(predicate, what) {
  try {
    await page.waitForFunction(predicate, { timeout: 10000 });
  } catch {
    assert.fail(`the URL did not change as expected (${what}): ${page.url()}`);
  }
  await settled();
}

const heading = () => page.$eval('#results-heading', (node) => node.textContent.trim());
const hitIds = () => page.$$eval('#hits .hit', (hits) => hits.map((hit) => hit.dataset.id));
const chipTexts = () => page.$$eval('#chips .chip', (chips) => chips.map((chip) => chip.textContent.replace('×', '').trim()));
const langCounts = () => page.$$eval('[data-facet-group="lang"] .facet-item', (items) => Object.fromEntries(items.map((item) => [
  item.querySelector('input').dataset.value, Number(item.querySelector('.facet-count')?.textContent.replace(/\D/g, '')),
])));

async function search(query) {
  await page.click('#q', { clickCount: 3 }); // select what is there, as a person would
  await page.keyboard.press('Backspace');
  if (query) await page.type('#q', query);
  await page.keyboard.press('Enter');
}

async function clickByText(selector, text) {
  const handles = await page.$$(selector);
  for (const handle of handles) {
    const content = await handle.evaluate((node) => node.textContent);
    if (content.includes(text)) {
      await handle.click();
      return;
    }
  }
  assert.fail(`no ${selector} showing "${text}"`);
}

// ---- the walk-through

describe(`lede search page at ${serverUrl}`, () => {
  before(async () => {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-chromium-'));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${profileDir}`],
    });
    page = await browser.newPage();
    page.setDefaultTimeout(15000);
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // The browser asks for /favicon.ico on its own (the page has none), and
      // logs the 400 answers to the query-error step's requests.
      const url = message.location()?.url || '';
      const expected = /favicon/.test(url) || (/\/v1\/(search|figures)\?q=date%3A2024-13/.test(url) && /status of 400/.test(message.text()));
      if (message.type() === 'error' && !expected) {
        problems.push(`console error: ${message.text()} (${message.location()?.url || 'page'})`);
      }
    });
  });

  after(async () => {
    if (browser) await browser.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  step('the page loads with its Content-Security-Policy and shows the archive', async () => {
    const response = await page.goto(`${serverUrl}/`, { waitUntil: 'networkidle0' });
    assert.equal(response.status(), 200, 'GET / answers 200');
    const csp = response.headers()['content-security-policy'] || '';
    assert.match(csp, /default-src 'self'/, 'the page is served with default-src \'self\'');
    await page.waitForFunction(() => /\d+ articles? in \d+ languages?/.test(document.getElementById('welcome-stats').textContent));
    const focused = await page.evaluate(() => document.activeElement.id);
    assert.equal(focused, 'q', 'the search box has the focus');
  });

  let crocusIds = [];
  step('typing a query and pressing Enter shows highlighted hits', async () => {
    await search('crocus');
    await waitForUrl(() => new URL(location.href).searchParams.get('q') === 'crocus', 'q=crocus');
    crocusIds = await hitIds();
    assert.ok(crocusIds.length >= 2, `several hits for crocus (got ${crocusIds.length})`);
    assert.match(await heading(), /^1–\d+ of \d+ articles for “crocus”$/);
    const marks = await page.$$eval('#hits .snippet mark', (nodes) => nodes.map((node) => node.textContent.toLowerCase()));
    assert.ok(marks.length >= crocusIds.length - 1, `snippets have <mark>s (got ${marks.length})`);
    assert.ok(marks.every((mark) => mark.includes('crocus')), `the marks are the matches: ${marks.join(', ')}`);
    const live = await page.$eval('#results-heading', (node) => node.getAttribute('aria-live'));
    assert.equal(live, 'polite', 'the result count is announced');
  });

  step('the figures panel gives the verdict and the figures in time order', async () => {
    const verdicts = await page.$$eval('#figures-panel .verdict', (nodes) => nodes.map((node) => node.textContent));
    assert.ok(verdicts.length >= 1, 'at least one verdict');
    assert.ok(verdicts.some((text) => /Deaths/.test(text) && /Reports (agree|conflict)/.test(text)), `a deaths verdict: ${verdicts.join(' | ')}`);
    assert.ok(verdicts.some((text) => /Reports agree/.test(text) && /133/.test(text)), 'the seed reports agree on 133 deaths');
    const sentences = await page.$$eval('#figures-panel .figure-sentence', (nodes) => nodes.map((node) => node.textContent));
    assert.ok(sentences.length >= 2 && sentences.every((s) => s.length > 20), 'each figure shows its sentence');
    const dates = await page.$$eval('#figures-panel .figure-date[datetime]', (nodes) => nodes.map((node) => node.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort(), 'dated figures are in time order');
  });

  step('ticking a language narrows the hits, changes the URL and keeps the other languages\' counts', async () => {
    const before = await langCounts();
    assert.ok(before.en > 0 && before.de > 0, `English and German in the language facet: ${JSON.stringify(before)}`);
    await page.click('[data-facet-group="lang"] input[data-value="de"]');
    await waitForUrl(() => new URL(location.href).searchParams.getAll('lang').join() === 'de', 'lang=de');
    const ids = await hitIds();
    assert.notDeepEqual(ids, crocusIds, 'the hits changed');
    assert.equal(ids.length, before.de, 'as many hits as the German count said');
    const langs = await page.$$eval('#hits .hit-lang', (nodes) => nodes.map((node) => node.getAttribute('title')));
    assert.ok(langs.every((lang) => lang === 'de'), `every hit is German: ${langs}`);
    assert.ok(await page.$eval('[data-facet-group="lang"] input[data-value="de"]', (box) => box.checked), 'German stays ticked');
    assert.deepEqual(await langCounts(), before, 'the language counts are those without the language filter');
    assert.deepEqual(await chipTexts(), ['Language: German']);
  });

  step('removing the chip brings the other languages back', async () => {
    await clickByText('#chips .chip', 'German');
    await waitForUrl(() => !new URL(location.href).searchParams.has('lang'), 'no lang');
    assert.deepEqual(await hitIds(), crocusIds);
    assert.deepEqual(await chipTexts(), []);
    const focused = await page.evaluate(() => document.activeElement.id || document.activeElement.className);
    assert.ok(focused, 'the focus is not lost with the chip');
  });

  let period = '';
  step('clicking a histogram bar filters to its period and shows a from/to chip', async () => {
    const bars = await page.$$('#histogram button.bar');
    assert.ok(bars.length >= 1, 'the histogram has bars');
    period = await bars[0].evaluate((bar) => bar.dataset.period);
    await bars[0].click();
    await waitForUrl(() => new URL(location.href).searchParams.has('from'), 'from/to');
    assert.equal(pageParams().get('from'), period);
    assert.equal(pageParams().get('to'), period);
    const chips = await chipTexts();
    assert.equal(chips.length, 1, `one chip: ${chips}`);
    assert.match(chips[0], /^Published: /);
    const dates = await page.$$eval('#hits .hit-date', (nodes) => nodes.map((node) => node.getAttribute('datetime')));
    assert.ok(dates.length >= 1 && dates.every((date) => date && date.startsWith(period)), `every hit is from ${period}: ${dates}`);
  });

  step('Back restores the search before the bar was clicked', async () => {
    await page.goBack();
    await waitForUrl(() => !new URL(location.href).searchParams.has('from'), 'back to no from');
    assert.equal(pageParams().get('q'), 'crocus');
    assert.deepEqual(await hitIds(), crocusIds);
    assert.deepEqual(await chipTexts(), []);
    assert.equal(await page.$eval('#q', (input) => input.value), 'crocus');
  });

  step('by keyboard alone: Tab reaches a language checkbox and Space ticks it', async () => {
    await page.focus('#q');
    let reached = null;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => {
        const node = document.activeElement;
        return node && node.dataset.facet === 'lang' ? node.dataset.value : null;
      });
    }
    assert.ok(reached, 'Tab from the search box reaches the language facet');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused checkbox shows its focus');
    await page.keyboard.press('Space');
    await waitForUrl(() => new URL(location.href).searchParams.has('lang'), 'lang by keyboard');
    assert.equal(pageParams().get('lang'), reached);
    const still = await page.evaluate(() => document.activeElement.dataset.value);
    assert.equal(still, reached, 'the focus stays on the checkbox after the results change');
    await page.goBack();
    await waitForUrl(() => !new URL(location.href).searchParams.has('lang'), 'back to no lang');
  });

  let firstPage = [];
  step('an empty search lists every article over several pages; page 2 and Back', async () => {
    await search('');
    await waitForUrl(() => new URL(location.href).searchParams.get('q') === '', 'q=');
    firstPage = await hitIds();
    assert.equal(firstPage.length, 10, 'ten hits on a page');
    assert.match(await heading(), /^1–10 of \d+ articles$/);
    await page.click('#pagination .page-next');
    await waitForUrl(() => new URL(location.href).searchParams.get('offset') === '10', 'offset=10');
    assert.match(await heading(), /^11–20 of \d+ articles$/);
    const second = await hitIds();
    assert.equal(second.filter((id) => firstPage.includes(id)).length, 0, 'page 2 shows other articles');
    assert.equal(await page.$eval('#pagination [aria-current="page"]', (b) => b.textContent), '2');

    await page.goBack();
    await waitForUrl(() => !new URL(location.href).searchParams.has('offset'), 'back to page 1');
    assert.deepEqual(await hitIds(), firstPage, 'Back shows page 1 again');
    await page.goForward();
    await waitForUrl(() => new URL(location.href).searchParams.get('offset') === '10', 'forward to page 2');
    assert.deepEqual(await hitIds(), second, 'Forward shows page 2 again');
  });

  step('by keyboard: the arrow keys move along the histogram and Enter chooses a bar', async () => {
    const periods = await page.$$eval('#histogram button.bar', (bars) => bars.map((bar) => bar.dataset.period));
    assert.ok(periods.length >= 2, `several bars for every article (got ${periods.length})`);
    const stops = await page.$$eval('#histogram button.bar', (bars) => bars.filter((bar) => bar.tabIndex === 0).length);
    assert.equal(stops, 1, 'the histogram is one tab stop');
    await page.focus('#histogram button.bar[tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.period), periods[1]);
    await page.keyboard.press('Enter');
    await waitForUrl(() => new URL(location.href).searchParams.has('from'), 'from by keyboard');
    assert.equal(pageParams().get('from'), periods[1]);
    assert.equal(pageParams().get('to'), periods[1]);
    assert.equal(pageParams().has('offset'), false, 'a new filter starts at page 1');
    await page.goBack();
    await waitForUrl(() => !new URL(location.href).searchParams.has('from'), 'back to no from');
  });

  step('a shared link restores the whole state', async () => {
    await page.goto(`${serverUrl}/?q=crocus&lang=en&sort=-date&limit=2&offset=2`, { waitUntil: 'networkidle0' });
    await settled();
    assert.equal(await page.$eval('#q', (input) => input.value), 'crocus');
    assert.equal(await page.$eval('#sort', (select) => select.value), '-date');
    assert.match(await heading(), /^3–4 of \d+ articles for “crocus”$/);
    assert.deepEqual(await chipTexts(), ['Language: English']);
    const dates = await page.$$eval('#hits .hit', (hits) => hits.map((hit) => hit.querySelector('time')?.getAttribute('datetime') || ''));
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  });

  step('a query error names the problem and points at its position', async () => {
    await search('date:2024-13 crocus');
    await page.waitForSelector('#message.message-error');
    assert.equal(await heading(), 'The query has an error');
    const text = await page.$eval('#message', (node) => node.textContent);
    assert.match(text, /invalid date/);
    const at = await page.$eval('#message .query-error-at', (node) => node.textContent);
    assert.equal(at, '2', 'the character at byte 5 is marked');
    assert.equal(await page.$$eval('#hits .hit', (hits) => hits.length), 0);
    const caret = await page.$eval('#q', (input) => input.selectionStart);
    assert.equal(caret, 5, 'the caret waits at the error');
  });

  step('a search without matches says so', async () => {
    await search('zzyzxqq');
    await waitForUrl(() => new URL(location.href).searchParams.get('q') === 'zzyzxqq', 'q=zzyzxqq');
    assert.equal(await heading(), 'No articles match “zzyzxqq”');
    const text = await page.$eval('#message', (node) => node.textContent);
    assert.match(text, /No articles match/);
  });

  step('a hostile article shows its markup as text and runs nothing', async () => {
    await search('zorblax');
    await waitForUrl(() => new URL(location.href).searchParams.get('q') === 'zorblax', 'q=zorblax');
    const hit = await page.$('#hits .hit[data-id="hostile-001"]');
    assert.ok(hit, 'the hostile article is found');
    const title = await hit.$eval('.hit-title', (node) => node.textContent);
    assert.ok(title.includes(HOSTILE_SCRIPT), `the title shows the script tag as text: ${title}`);
    const snippet = await hit.$eval('.snippet', (node) => node.textContent);
    assert.ok(snippet.includes(HOSTILE_SCRIPT), `the snippet shows the script tag as text: ${snippet}`);
    assert.ok(snippet.includes(HOSTILE_IMG), `the snippet shows the img tag as text: ${snippet}`);
    assert.ok(snippet.includes('"double" & \'single\''), 'the five escapes are decoded once');
    const source = await hit.$eval('.hit-source', (node) => node.textContent);
    assert.equal(source, HOSTILE_IMG, 'the source is text');
    assert.equal(await hit.$eval('.snippet mark', (node) => node.textContent.toLowerCase()), 'zorblax');
    const injected = await page.$$eval('#hits script, #hits img, #hits b, #figures-panel script, #figures-panel img', (nodes) => nodes.length);
    assert.equal(injected, 0, 'no element was made from the article');
    assert.equal(await hit.$('.hit-title a'), null, 'a javascript: url is not made a link');
    // Give an onerror handler every chance to run before looking.
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'window.__pwned stays undefined');
    const figure = await page.$$eval('#figures-panel .figure-sentence', (nodes) => nodes.map((node) => node.textContent).join('\n'));
    assert.ok(figure.includes('12 people were killed'), 'the figure sentence is shown');
  });

  step('no page errors or console errors (a CSP violation is one)', async () => {
    assert.deepEqual(problems, []);
  });

  step(`screenshots: ${screenshotPath}`, async () => {
    // A search in three languages whose reports agree on one figure and conflict on another.
    await page.goto(`${serverUrl}/?${new URLSearchParams({ q: 'moscow OR москва OR moskau' })}`, { waitUntil: 'networkidle0' });
    await settled();
    assert.ok((await page.$$('#hits .hit')).length >= 3, 'the screenshot shows hits');
    await page.screenshot({ path: screenshotPath, fullPage: false });
    const narrow = screenshotPath.replace(/(\.png)?$/, '-narrow.png');
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
    await page.goto(`${serverUrl}/?q=crocus&lang=en`, { waitUntil: 'networkidle0' });
    await settled();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `nothing wider than a narrow screen (${overflow} px too wide)`);
    await page.screenshot({ path: narrow, fullPage: false });
    assert.ok(fs.statSync(screenshotPath).size > 10000, 'the screenshot was written');
    assert.deepEqual(problems, []);
  });
});
