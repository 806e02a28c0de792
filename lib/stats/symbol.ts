/**
 * The one symbol for a withheld figure, whatever rule withheld it, so that it says
 * nothing about the figure (GSS, "Symbols in tables, definitions and help": [c]
 * confidential information). Its own module so that charts in the browser can use it.
 */
export const SUPPRESSED = "[c]";
