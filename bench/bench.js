// Times one page: from just before import() of the bundle until every element's updateComplete has
// resolved plus one animation frame (DESIGN §6). Long tasks (the browser reports only those over
// 50 ms) are watched over the whole page life; `?busy=N` adds an N ms task, the watch's control.
let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: 'longtask', buffered: true });

window.__bench = (async () => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const t0 = performance.now();
  // `?module=` lets the bench time an empty module the same way: what the machine itself costs.
  await import(new URLSearchParams(location.search).get('module') ?? '/dist/carepath.js');
  const els = document.querySelectorAll('carepath-compare, carepath-ladder, carepath-screener');
  await Promise.all(Array.from(els, (el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(r));
  const ms = performance.now() - t0;
  const busy = Number(new URLSearchParams(location.search).get('busy'));
  if (busy) setTimeout(() => {
    const end = performance.now() + busy;
    while (performance.now() < end);
  });
  await new Promise((r) => setTimeout(r, 200));
  return { ms, longest, count: els.length };
})();
