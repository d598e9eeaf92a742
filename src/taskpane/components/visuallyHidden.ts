/**
 * Off screen but read by screen readers: one style for the pane's and the preview's hidden texts (a step's name
 * in the narrow step list, the ranking cards' column headers, the grid's "editing" status).
 */
export const VISUALLY_HIDDEN = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
} as const;
