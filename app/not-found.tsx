import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <div>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p>
        Check the address, or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  );
}
