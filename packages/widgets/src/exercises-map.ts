/**
 * Registers <factbox-exercises-map>. Import this module for its side effect:
 * `import '@factbox/widgets/exercises-map.js'`.
 */
import { defineElement } from './shared/define.js';
import { FactboxExercisesMap } from './exercises-map/exercises-map.js';

defineElement('factbox-exercises-map', FactboxExercisesMap);

export { FactboxExercisesMap };
