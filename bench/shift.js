// Sums layout-shift entries while the script is injected after two animation frames over the
// builder-made fallbacks. The reserved height is the README's own CSS (./reserved.css, served by
// scripts/bench.mjs from README.md); `?control` drops it, which must register a shift.
const control = location.search.includes('control');
if (control) document.getElementById('reserved')?.remove();
let score = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) score += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

const heights = () =>
  Array.from(document.querySelectorAll('carepath-compare, carepath-ladder, carepath-screener'), (el) =>
    Math.round(el.getBoundingClientRect().height),
  );

window.__shift = (async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const before = heights();
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/carepath.js';
  const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
  document.head.append(script);
  await loaded;
  const els = document.querySelectorAll('carepath-compare, carepath-ladder, carepath-screener');
  await Promise.all(Array.from(els, (el) => el.updateComplete));
  await new Promise((r) => setTimeout(r, 500));
  window.__heights = { tags: Array.from(els, (el) => el.localName), before, after: heights() };
  return score;
})();
