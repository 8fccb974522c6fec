/**
 * The CMS form (DESIGN §1): `<div data-carepath="compare" data-programs="outpatient iop">` becomes
 * `<carepath-compare programs="outpatient iop">`, for editors whose CMS strips unknown tags or
 * attributes. The div's children (fallback, JSON) move inside; WordPress's `<p>`/`<br>` are tolerated
 * (the JSON child is also found inside a `<p>`).
 */
const KINDS = ['compare', 'ladder', 'screener', 'config'];

export function upgradeCmsForms(root: ParentNode = document): void {
  for (const div of root.querySelectorAll<HTMLElement>('[data-carepath]')) {
    const kind = div.dataset.carepath!.trim().toLowerCase();
    if (!KINDS.includes(kind)) {
      console.warn(`carepath: data-carepath="${kind}" is not valid; left as is.`);
      continue;
    }
    const element = document.createElement(`carepath-${kind}`);
    for (const { name, value } of div.attributes) {
      if (name.startsWith('data-')) {
        if (name !== 'data-carepath') element.setAttribute(name.slice(5), value);
      } else if (name === 'id' || name === 'class' || name === 'lang') element.setAttribute(name, value);
    }
    element.append(...div.childNodes);
    div.replaceWith(element);
  }
}

/** Upgrades the CMS form now, and again once the page is parsed (a classic script in <head> runs early). */
export function watchCmsForms(): void {
  upgradeCmsForms();
  document.addEventListener('DOMContentLoaded', () => upgradeCmsForms(), { once: true });
}
