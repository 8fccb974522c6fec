/**
 * The CMS form (DESIGN §1): `<div data-carepath="compare" data-programs="outpatient iop">` becomes
 * `<carepath-compare programs="outpatient iop">`, for editors whose CMS strips unknown tags or
 * attributes. The div's children (fallback, JSON) move inside; WordPress's `<p>`/`<br>` are tolerated
 * (the JSON child is also found inside a `<p>`).
 */
export function upgradeCmsForms(root: ParentNode = document): void {
  for (const div of root.querySelectorAll<HTMLElement>('[data-carepath]')) {
    const tag = `carepath-${div.dataset.carepath!.trim().toLowerCase()}`;
    // Only a registered carepath element (compare, ladder, screener, config) can take the div's place.
    if (!customElements.get(tag)) {
      console.warn(`carepath: data-carepath="${div.dataset.carepath}" is not valid; left as is.`);
      continue;
    }
    const element = document.createElement(tag);
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
