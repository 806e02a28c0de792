import { Details } from "@/components/ui/details";
import { formatDate } from "@/lib/format";
import { Section } from "@/components/ui/section";
import { SummaryList } from "@/components/ui/summary-list";
import { mustRefer } from "@/lib/conduct/iopc-referral";
import { iopcModes, iopcReferralCriteria, matterTypes, type MatterType } from "@/lib/vocabulary";
import type { CaseView } from "../_lib/case-view";
import { IopcModeForm, IopcReferralForm } from "./iopc-referral-forms";

/** The matter type and the IOPC referral: the mandatory criteria, the decision and the IOPC's mode. */
export function IopcReferral({
  caseRef,
  matterType,
  referral,
  canDecide,
  today,
}: {
  caseRef: string;
  matterType: MatterType | null;
  referral: CaseView["iopcReferral"];
  canDecide: boolean;
  today: string;
}) {
  return (
    <Section title="IOPC referral" id="iopc-title">
      {referral ? (
        <SummaryList
          rows={[
            { key: "Type of matter", value: matterType ? matterTypes.labels[matterType] : "Not recorded" },
            {
              key: "Mandatory criteria",
              value: referral.criteria.length > 0 ? referral.criteria.map((c) => iopcReferralCriteria.labels[c]).join("; ") : "None apply",
            },
            {
              key: "Decision",
              value: `${referral.referred ? `Referred on ${referral.referredOn ? formatDate(referral.referredOn) : ""}` : "Not referred"} (decided ${formatDate(referral.decidedOn)}${mustRefer(matterType, referral.criteria) ? "; referral was mandatory" : ""}). Rationale: ${referral.rationale}`,
            },
            referral.referred
              ? {
                  key: "IOPC's decision",
                  value: referral.mode ? `${iopcModes.labels[referral.mode]} (${referral.modeDecidedOn ? formatDate(referral.modeDecidedOn) : ""})` : "Awaited",
                }
              : null,
          ]}
        />
      ) : (
        <p className="govuk-body">No decision on referral to the IOPC is recorded yet.</p>
      )}
      {canDecide ? (
        <>
          <Details summary={referral ? "Change the referral decision" : "Decide whether to refer to the IOPC"}>
            <IopcReferralForm
              caseRef={caseRef}
              today={today}
              current={{ matterType, criteria: referral?.criteria ?? [], referred: referral?.referred ?? null }}
            />
          </Details>
          {referral?.referred && !referral.mode ? <IopcModeForm caseRef={caseRef} today={today} /> : null}
        </>
      ) : null}
    </Section>
  );
}
