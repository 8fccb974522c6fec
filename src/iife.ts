/** The classic-script build: registers the elements and sets `window.carepath` only if absent. */
import { recommend, version } from './carepath.js';

const page = window as unknown as { carepath?: unknown };
if (!page.carepath) page.carepath = { recommend, version };
