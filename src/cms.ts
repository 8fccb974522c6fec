/**
 * The CMS form (DESIGN §1): `<div data-carepath="compare" data-programs="outpatient iop">` becomes
 * `<carepath-compare programs="outpatient iop">`, for editors whose CMS strips unknown tags or
 * attributes. The div's children (fallback, JSON) move inside; WordPress's `<p>`/`<br>` are tolerated.
 */
const KINDS = ['compare', 'ladder', 'screener', 'config'];

export function upgradeCmsForms(root: ParentNode = document): void {
  for (const div of Array.from(root.querySelectorAll<HTMLElement>('[data-carepath]'))) {
    const kind = (div.dataset.carepath ?? '').trim().toLowerCase();
    if (!KINDS.includes(kind)) {
      console.warn(`carepath: data-carepath="${kind}" is not compare, ladder, screener or config; left as is.`);
      continue;
    }
    const element = document.createElement(`carepath-${kind}`);
    for (const { name, value } of Array.from(div.attributes)) {
      if (name === 'data-carepath') continue;
      if (name.startsWith('data-')) element.setAttribute(name.slice(5), value);
      else if (name === 'id' || name === 'class' || name === 'lang') element.setAttribute(name, value);
    }
    // WordPress wraps a JSON script in <p>; unwrap it so the element finds it as a child.
    for (const p of Array.from(div.querySelectorAll(':scope > p'))) {
      const json = p.querySelector(':scope > script[type="application/json"]');
      if (json) p.replaceWith(json);
    }
    element.append(...Array.from(div.childNodes));
    div.replaceWith(element);
  }
}

/** Upgrades the CMS form now, and again once the page is parsed (a classic script in <head> runs early). */
export function watchCmsForms(): void {
  upgradeCmsForms();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => upgradeCmsForms(), { once: true });
  }
}
