/** What the service calls itself and where its users get help: one home for the shell and the accessibility statement. */
export const serviceName = "Professional Standards Cases";

export const helpContact = {
  team: "PSD systems team",
  email: "psd-cases-support@demo.police.uk",
  hours: "Monday to Friday, 8am to 6pm",
} as const;

/**
 * Government Security Classifications (May 2018), "OFFICIAL-SENSITIVE": the marking
 * every screen and printout of case data carries.
 */
export const protectiveMarking = "OFFICIAL-SENSITIVE";

/**
 * A published FoI response is written for release to the public: marking it would
 * misstate what it is, so its page carries no marking.
 */
export function isForPublication(pathname: string): boolean {
  return /^\/statistics\/published\/[^/]+\/?$/.test(pathname);
}
