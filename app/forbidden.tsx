// Rendered inside whichever layout raised it, so it brings no <main> of its own.
import { Link } from "@/components/ui/link";

export default function Forbidden() {
  return (
    <div>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p>Your role does not include this part of the system. If you need it for your work, ask your supervisor or the system administrator.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
