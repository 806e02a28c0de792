/**
 * Every controlled vocabulary of the product, declared once with the stable keys of
 * shared/domain.md. The database enums, the zod schemas and the UI labels all come
 * from here; client components import this file, never db/.
 */

type Vocabulary<K extends string> = { readonly keys: readonly [K, ...K[]]; readonly labels: Record<K, string> };

function vocabulary<const K extends string>(entries: readonly (readonly [K, string])[]): Vocabulary<K> {
  const keys = entries.map(([key]) => key) as unknown as [K, ...K[]];
  const labels = Object.fromEntries(entries) as Record<K, string>;
  return { keys, labels };
}

export type KeyOf<V> = V extends Vocabulary<infer K> ? K : never;

export const roles = vocabulary([
  ["investigator", "PSD investigator"],
  ["supervisor", "PSD supervisor / appropriate authority"],
  ["senior_officer", "Senior officer"],
  ["foi_officer", "Freedom of Information officer"],
  ["admin", "System administrator"],
  ["staff", "Officer or member of staff"],
]);
export type Role = KeyOf<typeof roles>;

/** Low to high, then the non-ladder kinds of people. */
export const ranks = vocabulary([
  ["constable", "Constable"],
  ["sergeant", "Sergeant"],
  ["inspector", "Inspector"],
  ["chief_inspector", "Chief Inspector"],
  ["superintendent", "Superintendent"],
  ["chief_superintendent", "Chief Superintendent"],
  ["commander", "Commander"],
  ["deputy_assistant_commissioner", "Deputy Assistant Commissioner"],
  ["assistant_commissioner", "Assistant Commissioner"],
  ["deputy_commissioner", "Deputy Commissioner"],
  ["commissioner", "Commissioner"],
  ["special_constable", "Special Constable"],
  ["pcso", "Police Community Support Officer"],
  ["police_staff", "Police staff"],
  ["not_stated", "Not stated"],
]);
export type Rank = KeyOf<typeof ranks>;

/** The FoI banding of a rank; derived, never entered. */
export const rankGroups = vocabulary([
  ["constable", "Constable"],
  ["sergeant", "Sergeant"],
  ["inspector_and_above", "Inspector and above"],
  ["police_staff", "Police staff and PCSOs"],
  ["not_stated", "Not stated"],
]);
export type RankGroup = KeyOf<typeof rankGroups>;

export function rankGroupOf(rank: Rank): RankGroup {
  switch (rank) {
    case "constable":
    case "special_constable":
      return "constable";
    case "sergeant":
      return "sergeant";
    case "pcso":
    case "police_staff":
      return "police_staff";
    case "not_stated":
      return "not_stated";
    default:
      return "inspector_and_above";
  }
}

export const personStatuses = vocabulary([
  ["serving", "Serving"],
  ["left", "Left the force"],
]);

export const sources = vocabulary([
  ["public_complaint", "Public complaint"],
  ["colleague_report", "Colleague report"],
  ["spot_check", "Spot-check"],
  ["intelligence", "Intelligence"],
  ["self_referral", "Self-referral"],
  ["other", "Other"],
]);

/** How a content report reached PSD: a person under the duty to report, or a machine alert. */
export const reportSources = vocabulary([
  ["duty_to_report", "Duty to report"],
  ["protective_monitoring", "Protective monitoring"],
]);

export const platforms = vocabulary([
  ["whatsapp", "WhatsApp"],
  ["facebook", "Facebook"],
  ["x_twitter", "X/Twitter"],
  ["instagram", "Instagram"],
  ["tiktok", "TikTok"],
  ["snapchat", "Snapchat"],
  ["telegram", "Telegram"],
  ["signal", "Signal"],
  ["linkedin", "LinkedIn"],
  ["other", "Other"],
  ["not_known", "Not known"],
]);
export type Platform = KeyOf<typeof platforms>;

export const channels = vocabulary([
  ["public_post", "Public post"],
  ["direct_message", "Direct message"],
  ["group_chat", "Group chat"],
]);
export type Channel = KeyOf<typeof channels>;

export const contentTypes = vocabulary([
  ["discriminatory", "Discriminatory"],
  ["sexual_or_misogynistic", "Sexual or misogynistic"],
  ["disclosure_of_police_information", "Disclosure of police information"],
  ["images_of_victims_or_scenes", "Images of victims or scenes"],
  ["other", "Other"],
]);

export const devices = vocabulary([
  ["personal", "Personal device"],
  ["force_issued", "Force-issued device"],
  ["not_known", "Not known"],
]);

/**
 * What kind of matter a case is (Police Reform Act 2002, s 12 and Schedule 3): a complaint
 * from a member of the public (Part 1), a conduct matter or recordable conduct matter
 * (Part 2), or a death or serious injury matter (Part 2A).
 */
export const matterTypes = vocabulary([
  ["complaint", "Complaint"],
  ["conduct_matter", "Conduct matter"],
  ["recordable_conduct_matter", "Recordable conduct matter"],
  ["dsi_matter", "Death or serious injury matter"],
]);
export type MatterType = KeyOf<typeof matterTypes>;

/**
 * The mandatory referral criteria to the IOPC, as a checklist (Police Reform Act 2002 Sch 3
 * paras 4(1)(a), 13(1)(a) and 14C; SI 2020/2 reg 4(1)(a)-(c) for complaints and reg 7(1)
 * for conduct matters).
 */
export const iopcReferralCriteria = vocabulary([
  ["death_or_serious_injury", "Conduct that resulted in death or serious injury (Sch 3 paras 4(1)(a), 13(1)(a))"],
  ["serious_assault", "A serious assault (SI 2020/2 reg 4(1)(a)(i))"],
  ["serious_sexual_offence", "A serious sexual offence (reg 4(1)(a)(ii))"],
  ["serious_corruption", "Serious corruption, including abuse of position for a sexual purpose or an improper emotional relationship (reg 4(1)(a)(iii))"],
  [
    "discriminatory_aggravation",
    "A criminal offence or behaviour liable to lead to disciplinary proceedings, aggravated by discriminatory behaviour on the grounds of race, sex, religion or other status (reg 4(1)(a)(iv))",
  ],
  ["relevant_offence", "A relevant offence (reg 4(1)(a)(v))"],
  ["same_incident", "Arising from the same incident as conduct above (reg 4(1)(b))"],
  ["chief_officer", "The conduct of a chief officer (reg 4(1)(c))"],
]);
export type IopcReferralCriterion = KeyOf<typeof iopcReferralCriteria>;

/** What the IOPC decides on a referral: the mode of investigation (Sch 3 paras 5 and 15). */
export const iopcModes = vocabulary([
  ["local", "Referred back: investigated locally by the force"],
  ["directed", "Directed investigation (the force investigates under the IOPC's direction)"],
  ["independent", "Independent investigation by the IOPC"],
]);

/** The workflow stages a subject (and so a case) moves through. */
export const stages = vocabulary([
  ["recorded", "Recorded"],
  ["assessment", "Severity assessment"],
  ["investigation", "Investigation"],
  ["decision", "Appropriate authority's decision"],
  ["proceedings", "Proceedings"],
  ["outcome", "Outcome"],
  ["finalised", "Finalised"],
  ["withdrawn", "Withdrawn"],
]);
export type Stage = KeyOf<typeof stages>;

export const standards = vocabulary([
  ["honesty_and_integrity", "Honesty and integrity"],
  ["authority_respect_and_courtesy", "Authority, respect and courtesy"],
  ["equality_and_diversity", "Equality and diversity"],
  ["use_of_force", "Use of force"],
  ["orders_and_instructions", "Orders and instructions"],
  ["duties_and_responsibilities", "Duties and responsibilities"],
  ["confidentiality", "Confidentiality"],
  ["fitness_for_work", "Fitness for work"],
  ["discreditable_conduct", "Discreditable conduct"],
  ["challenging_and_reporting_improper_conduct", "Challenging and reporting improper conduct"],
]);
export type Standard = KeyOf<typeof standards>;

export const severities = vocabulary([
  ["no_misconduct", "No misconduct"],
  ["practice_requiring_improvement", "Practice requiring improvement"],
  ["misconduct", "Misconduct"],
  ["gross_misconduct", "Gross misconduct"],
]);

/** The investigator's recommendation and the appropriate authority's finding share keys but are stored apart. */
export const recommendations = vocabulary([
  ["case_to_answer", "Case to answer"],
  ["no_case_to_answer", "No case to answer"],
]);

export const findings = vocabulary([
  ["case_to_answer", "Case to answer"],
  ["no_case_to_answer", "No case to answer"],
  ["withdrawn", "Withdrawn"],
  ["not_recorded", "Not recorded"],
]);
export type Finding = KeyOf<typeof findings>;

/**
 * The forms of misconduct proceedings: the meeting and hearing of both regulations, the
 * accelerated misconduct hearing (2020 Part 5, reg 49 onwards) and the special case
 * hearing it replaced (2012 Part 5, reg 55). The reflective practice review process is
 * not proceedings (2020 Part 6).
 */
export const proceedings = vocabulary([
  ["misconduct_meeting", "Misconduct meeting"],
  ["misconduct_hearing", "Misconduct hearing"],
  ["accelerated_misconduct_hearing", "Accelerated misconduct hearing"],
  ["special_case_hearing", "Special case hearing"],
  ["staff_disciplinary_hearing", "Disciplinary hearing (staff disciplinary policy)"],
]);
export type Proceedings = KeyOf<typeof proceedings>;

/**
 * Who chaired a misconduct hearing or accelerated misconduct hearing held from 7 May 2024:
 * the chief officer, or someone they delegate to (SI 2024/521, amending 2020 reg 28).
 */
export const panelChairs = vocabulary([
  ["chief_officer", "The chief officer"],
  ["senior_officer", "A senior officer the chief officer delegated to"],
  ["former_senior_officer", "A former senior officer (served in the last five years), delegated"],
  ["senior_police_staff", "A senior member of police staff, delegated"],
]);
export type PanelChair = KeyOf<typeof panelChairs>;

/** What the meeting or hearing found the conduct to be (2020 reg 42(1); 2012 reg 35(1)). */
export const proceedingsFindings = vocabulary([
  ["misconduct", "Misconduct"],
  ["gross_misconduct", "Gross misconduct"],
  ["neither", "Neither misconduct nor gross misconduct"],
]);
export type ProceedingsFindingKey = KeyOf<typeof proceedingsFindings>;

export const outcomes = vocabulary([
  ["no_further_action", "No further action"],
  ["referred_to_rprp", "Referred to the reflective practice review process"],
  ["management_advice", "Management advice"],
  ["written_warning", "Written warning"],
  ["final_written_warning", "Final written warning"],
  ["extension_of_final_written_warning", "Extension of final written warning"],
  ["reduction_in_rank", "Reduction in rank"],
  ["dismissal_with_notice", "Dismissal with notice"],
  ["dismissal_without_notice", "Dismissal without notice"],
  ["would_have_been_dismissed", "Would have been dismissed"],
  // Police staff and PCSOs: the force's staff disciplinary policy (lib/conduct/staff-policy.ts).
  ["staff_management_action", "Management action (staff policy)"],
  ["staff_first_written_warning", "First written warning (staff policy)"],
  ["staff_final_written_warning", "Final written warning (staff policy)"],
  ["staff_dismissal_with_notice", "Dismissal with notice (staff policy)"],
  ["staff_summary_dismissal", "Summary dismissal (staff policy)"],
]);
export type Outcome = KeyOf<typeof outcomes>;

/**
 * "Withdrawn" is three different events (issue 16): the FoI finding "withdrawn" counts all
 * three, so the published figures do not depend on which.
 */
export const withdrawalKinds = vocabulary([
  ["complaint_withdrawn", "Complaint withdrawn by the complainant"],
  ["proceedings_withdrawn", "Misconduct proceedings withdrawn by the appropriate authority (reg 27)"],
  ["investigation_discontinued", "Investigation discontinued"],
]);
export type WithdrawalKind = KeyOf<typeof withdrawalKinds>;

export const regimes = vocabulary([
  ["2012", "Police (Conduct) Regulations 2012"],
  ["2020", "Police (Conduct) Regulations 2020"],
]);

/** What an officer or member of staff does, for choosing spot-check populations. */
export const jobRoles = vocabulary([
  ["response", "Emergency response"],
  ["neighbourhood", "Neighbourhood policing"],
  ["investigation", "Investigation (CID)"],
  ["custody", "Custody"],
  ["roads_policing", "Roads policing"],
  ["public_order", "Public order"],
  ["protection", "Protection"],
  ["support", "Support and staff roles"],
]);
export type JobRole = KeyOf<typeof jobRoles>;

/** Messaging apps a force phone may be allowed to run, with permission (seeds 000, 001). */
export const messagingApps = vocabulary([
  ["whatsapp", "WhatsApp"],
  ["signal", "Signal"],
  ["telegram", "Telegram"],
  ["other", "Another messaging app"],
]);
export type MessagingApp = KeyOf<typeof messagingApps>;

export const appPermissionDecisions = vocabulary([
  ["approved", "Approved"],
  ["refused", "Refused"],
]);

export const spotCheckKinds = vocabulary([
  ["random", "Random"],
  ["with_cause", "With cause"],
]);
export type SpotCheckKind = KeyOf<typeof spotCheckKinds>;

export const spotCheckOutcomes = vocabulary([
  ["nothing_found", "Nothing found"],
  ["words_of_advice", "Words of advice"],
  ["referral", "Referral: a case is opened"],
]);
export type SpotCheckOutcome = KeyOf<typeof spotCheckOutcomes>;

/** How a sign-in attempt ended, as the sign-in log records it. */
export const signInOutcomes = vocabulary([
  ["success", "Signed in"],
  ["failure", "Refused"],
  ["locked", "Refused: account locked"],
]);

/** Where a Freedom of Information request stands. */
export const foiStatuses = vocabulary([
  ["received", "Received"],
  ["in_progress", "In progress"],
  ["responded", "Responded"],
  ["withdrawn", "Withdrawn"],
]);
export type FoiStatus = KeyOf<typeof foiStatuses>;

/** Freedom of Information Act 2000 exemptions and limits a response may apply. */
export const foiExemptions = vocabulary([
  ["s40_2", "s.40(2) personal information"],
  ["s31", "s.31 law enforcement"],
  ["s12", "s.12 cost limit"],
]);

/** A report's progress, labelled as the reporter is told it: never the case it became. */
export const reportStatuses = vocabulary([
  ["submitted", "Received"],
  ["triaged", "Being looked at"],
  ["converted", "Being investigated"],
  ["closed", "Closed"],
  // Waiting on the reporter's answer to a triager's question; an answer puts it back in the queue.
  ["information_requested", "Waiting for your answer"],
]);
export type ReportStatus = KeyOf<typeof reportStatuses>;

/**
 * How triage ended for a report, labelled as the reporter is told it: the kind of
 * outcome only, never the case, a name or the triager's reason.
 */
export const reportOutcomes = vocabulary([
  ["passed_for_investigation", "Passed for investigation"],
  ["no_further_action", "No further action"],
  ["linked_to_case", "Added to an existing investigation"],
  ["duplicate", "Already reported"],
  ["more_information_needed", "More information needed"],
]);
export type ReportOutcome = KeyOf<typeof reportOutcomes>;

/** Statutory reports a case owes, each a task with a due date on the case page. */
export const taskKinds = vocabulary([
  ["barred_list_notification", "Barred-list report to the College of Policing"],
  ["advisory_list_notification", "Advisory-list report to the College of Policing"],
  ["policing_body_report", "Report to the local policing body on an investigation not completed"],
  ["referral_response", "Officer's response to the notice of referral"],
  ["advisory_list_further_report", "Further report to the College of Policing: remove from the advisory list"],
  ["vetting_review", "Review of vetting clearance by the force vetting unit"],
]);

/** What a person is told of, in the app and by email: the reference and a link, never case content. */
export const notificationKinds = vocabulary([
  ["case_assigned", "A case was assigned to you"],
  ["decision_needed", "A case is waiting for the appropriate authority's decision"],
  ["deadline_soon", "A statutory deadline on your case is near"],
  ["permission_decided", "Your app-permission request was decided"],
  ["report_status_changed", "Your report's status changed"],
]);
export type NotificationKind = KeyOf<typeof notificationKinds>;

/**
 * A member's part in what a group chat shows (issue 18): one per member per group,
 * chosen by the investigator. "Silent" and "challenged" (inside the group only) are where
 * the Standard "Challenging and reporting improper conduct" may have been broken.
 */
export const groupParts = vocabulary([
  ["author", "Wrote content complained of"],
  ["endorsed", "Endorsed it (replied approvingly or reacted)"],
  ["silent", "Present and silent"],
  ["challenged", "Challenged it inside the group"],
  ["reported", "Reported it outside the group"],
]);
export type GroupPart = KeyOf<typeof groupParts>;

/**
 * The decision on a member who was present and silent, or challenged only inside the
 * group, against the Standard "Challenging and reporting improper conduct" (issue 18).
 */
export const bystanderDecisions = vocabulary([
  ["subject", "Added as a subject for not challenging or reporting"],
  ["no_action", "No action"],
]);
