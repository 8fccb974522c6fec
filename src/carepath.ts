/**
 * carepath: one script, three elements (DESIGN §1). Importing this module registers
 * `<carepath-compare>`, `<carepath-ladder>`, `<carepath-screener>` and `<carepath-config>`, and
 * upgrades the CMS form (`<div data-carepath="…">`).
 */
import { defineAll } from './define.js';
import { watchCmsForms } from './cms.js';
import { CarepathCompare } from './compare/compare.js';
import { CarepathLadder } from './ladder/ladder.js';
import { CarepathScreener } from './screener/screener.js';
import { CarepathConfigElement } from './config/carepath-config.js';

export { recommend } from './screener/recommend.js';
export type { Answers, Recommendation } from './screener/recommend.js';
export type { CarepathConfig } from './content/overrides.js';
export { version } from './version.js';
export { CarepathCompare, CarepathLadder, CarepathScreener, CarepathConfigElement };

if (
  defineAll({
    'carepath-config': CarepathConfigElement,
    'carepath-compare': CarepathCompare,
    'carepath-ladder': CarepathLadder,
    'carepath-screener': CarepathScreener,
  })
) {
  watchCmsForms();
}
