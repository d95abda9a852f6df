/**
 * Registers <factbox-trade-share-pie>. Import this module for its side effect:
 * `import '@factbox/widgets/trade-share-pie.js'`.
 */
import { defineElement } from './shared/define.js';
import { FactboxTradeSharePie } from './trade-share-pie/trade-share-pie.js';

defineElement('factbox-trade-share-pie', FactboxTradeSharePie);

export { FactboxTradeSharePie };
