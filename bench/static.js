// Context for the timing budgets, not a budget: how long this machine takes to lay out, for the
// first time in a fresh page, the static copy the builder makes of the three elements (the
// fallbacks of shift.html) as plain HTML. Cold font and text-shaping caches dominate it.
window.__static = (async () => {
  const page = await (await fetch('./shift.html')).text();
  const copy = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>')).replace(/<script[\s\S]*?<\/script>/g, '');
  const holder = document.createElement('div');
  holder.innerHTML = copy;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const t0 = performance.now();
  document.body.append(holder);
  void document.body.offsetHeight;
  return performance.now() - t0;
})();
