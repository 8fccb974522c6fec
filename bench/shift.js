// Sums layout-shift entries while the script is injected after two animation frames over the
// fallbacks. `?control` drops the reserved height, which must register a shift.
if (location.search.includes('control')) document.documentElement.classList.add('control');
let score = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) score += entry.value;
}).observe({ type: 'layout-shift', buffered: true });

window.__shift = (async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/carepath.js';
  const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
  document.head.append(script);
  await loaded;
  const els = document.querySelectorAll('carepath-compare, carepath-ladder, carepath-screener');
  await Promise.all(Array.from(els, (el) => el.updateComplete));
  await new Promise((r) => setTimeout(r, 500));
  return score;
})();
