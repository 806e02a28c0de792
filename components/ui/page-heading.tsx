import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/** The top of a page: the way back where there is one, the page's one h1, and the lede that says what the page is for. */
export function PageHeading({ back, title, lede }: { back?: { href: string; text: ReactNode }; title: ReactNode; lede?: ReactNode }) {
  return (
    <>
      {back ? (
        <p>
          <Link href={back.href}>{back.text}</Link>
        </p>
      ) : null}
      <h1 className="govuk-heading-l">{title}</h1>
      {lede ? <p className="govuk-body-l">{lede}</p> : null}
    </>
  );
}
