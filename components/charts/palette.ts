/**
 * Chart colours from the GOV.UK Frontend palette. Recharts writes each legend entry in
 * its series' colour, so every series colour is text and must reach 4.5:1 against the
 * chart's background (WCAG 2.2 SC 1.4.3; bars need 3:1 under SC 1.4.11). The hues differ
 * in lightness as well as colour, and every chart also has a legend and a table, so no
 * reading depends on telling colours apart. Each finding keeps its colour on every chart.
 */
export const chartBackground = "#ffffff";
export const chartText = "#0b0c0c";

export const findingColours = {
  case_to_answer: "#b7592a", // orange, shade 25
  no_case_to_answer: "#1d70b8", // blue
  withdrawn: "#ca357c", // magenta
  not_recorded: "#484949", // black, tint 25
  ongoing: "#54319f", // purple
} as const;

export const barColour = "#1d70b8";

/** Gridlines only guide the eye (the values are written on or in the table): not text, no minimum. */
export const gridColour = "#cecece";
