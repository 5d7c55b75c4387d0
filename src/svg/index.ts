/**
 * Pictures of a case and its formulation as SVG strings: the interpersonal circle, the
 * timeline of life events and the focus chart; and the inventory summary they rest on.
 *
 * Pure: every function returns a string or plain data, with no DOM, no I/O and no clock, so
 * it runs the same in Node, in a browser and in a worker.
 *
 * @module
 */
export { type OnsetWindow, onsetWindow } from "./onsetWindow.js";
export { type FocusChartOptions, renderFocusChart } from "./renderFocusChart.js";
export {
  type InterpersonalCircleOptions,
  renderInterpersonalCircle,
} from "./renderInterpersonalCircle.js";
export { EVENT_COLOR_MIN_WEIGHT, renderTimeline, type TimelineOptions } from "./renderTimeline.js";
export {
  INVENTORY_THRESHOLDS,
  type InventorySummary,
  summarizeInventory,
} from "./summarizeInventory.js";
export {
  AREA_COLORS,
  DEFAULT_THEME,
  type PictureOptions,
  type PictureTheme,
  type PictureThemeOverrides,
  THEME_CSS_VARIABLES,
} from "./theme.js";
