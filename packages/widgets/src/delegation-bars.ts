/**
 * Registers <factbox-delegation-bars>. Import this module for its side effect:
 * `import '@factbox/widgets/delegation-bars.js'`.
 */
import { defineElement } from './shared/define.js';
import { FactboxDelegationBars } from './delegation-bars/delegation-bars.js';

defineElement('factbox-delegation-bars', FactboxDelegationBars);

export { FactboxDelegationBars };
