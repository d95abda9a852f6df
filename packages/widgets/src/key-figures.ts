/**
 * Registers <factbox-key-figures>. Import this module for its side effect:
 * `import '@factbox/widgets/key-figures.js'`.
 */
import { defineElement } from './shared/define.js';
import { FactboxKeyFigures } from './key-figures/key-figures.js';

defineElement('factbox-key-figures', FactboxKeyFigures);

export { FactboxKeyFigures };
