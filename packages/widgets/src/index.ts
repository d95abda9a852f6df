/** @factbox/widgets — the widget classes, without side effects. The widgets themselves arrive with issue #3. */
export {};
