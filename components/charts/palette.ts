/**
 * Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; each
 * finding keeps its colour on every chart, and every chart has a legend and a table.
 */
export const findingColours = {
  case_to_answer: "#D55E00",
  no_case_to_answer: "#0072B2",
  withdrawn: "#E69F00",
  not_recorded: "#999999",
  ongoing: "#56B4E9",
} as const;

export const barColour = "#0072B2";
