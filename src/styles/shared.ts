import { css } from 'lit';

/**
 * The look every element shares (DESIGN §1.6–1.7): public custom properties with defaults, resets of
 * inherited text properties a host page may set, `em` sizing, light and dark palettes, focus ring,
 * forced colors, reduced motion and print. Static styles only: nothing inline, so strict CSP holds.
 */
export const sharedStyles = css`
  :host {
    display: block;
    min-width: min(100%, 20em);
    font-family: var(--carepath-font-family, inherit);
    font-size: var(--carepath-font-size, 1em);
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    line-height: 1.5;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  :host,
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  /* Each colour is light-dark(light, dark): under theme auto the element inherits the page's
     color-scheme, so it is dark only when the page declares a dark scheme (or "light dark" with
     a dark system). The light and dark themes set the scheme themselves. */
  .root {
    --_text: var(--carepath-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--carepath-muted, light-dark(#4f5965, #b9c2cc));
    --_surface: var(--carepath-surface, light-dark(#fff, #16191d));
    --_border: var(--carepath-border, light-dark(#6f7984, #8c97a3));
    --_accent: var(--carepath-accent, light-dark(#0b5cad, #8ab8ff));
    --_accent-soft: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    --_on-accent: light-dark(#fff, #0b1420);
    --_danger: light-dark(#a4262c, #ff9c9c);
    --_radius: var(--carepath-radius, 0.5em);
    --_focus: var(--carepath-focus-ring, 0.1875em solid var(--_accent));
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  /* Without light-dark() (Safari before 17.5) the resolver picks .light or .dark itself. */
  @supports not (color: light-dark(#000, #fff)) {
    .root {
      --_text: var(--carepath-text, #1b1f24);
      --_muted: var(--carepath-muted, #4f5965);
      --_surface: var(--carepath-surface, #fff);
      --_border: var(--carepath-border, #6f7984);
      --_accent: var(--carepath-accent, #0b5cad);
      --_on-accent: #fff;
      --_danger: #a4262c;
    }
    .root.dark {
      --_text: var(--carepath-text, #eef1f4);
      --_muted: var(--carepath-muted, #b9c2cc);
      --_surface: var(--carepath-surface, #16191d);
      --_border: var(--carepath-border, #8c97a3);
      --_accent: var(--carepath-accent, #8ab8ff);
      --_on-accent: #0b1420;
      --_danger: #ff9c9c;
    }
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  /* A phone number never breaks across lines. */
  a[href^='tel:'] {
    white-space: nowrap;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 0.125em;
  }

  .badge {
    display: inline-block;
    border: 0.0625em solid var(--_accent);
    border-radius: 1em;
    padding: 0 0.5em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_text);
    background: var(--_accent-soft);
    white-space: nowrap;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .root {
      border: 1px solid;
    }
    .badge {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    .root,
    .root.dark {
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
      --_accent-soft: #fff;
      color-scheme: light;
    }
  }
`;
