/** Attributes every widget has, which a placeholder (as `data-*`) or a frame URL may set; each widget's own come from the catalogue. */
export const PASSED_ATTRIBUTES = ['lang', 'theme', 'src', 'heading', 'heading-level'] as const;
