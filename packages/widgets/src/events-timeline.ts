/**
 * Registers <factbox-events-timeline>. Import this module for its side effect:
 * `import '@factbox/widgets/events-timeline.js'`.
 */
import { defineElement } from './shared/define.js';
import { FactboxEventsTimeline } from './events-timeline/events-timeline.js';

defineElement('factbox-events-timeline', FactboxEventsTimeline);

export { FactboxEventsTimeline };
