import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { navigationFor } from "@/lib/navigation";
import { roles } from "@/lib/vocabulary";

export default async function HomePage() {
  const user = await requirePageUser();
  const items = navigationFor(user.role);
  return (
    <>
      <h1 className="govuk-heading-l">Welcome</h1>
      {/* The role as written (never lower-cased: "PSD investigator" keeps its acronym). */}
      <p className="govuk-body-l">Your role: {roles.labels[user.role]}. These are the parts of the system your role uses.</p>
      <ul className="app-card-grid">
        {items.map((item) => (
          <li key={item.href} className="app-card">
            <h2 className="govuk-heading-s">
              <Link href={item.href}>{item.label}</Link>
            </h2>
            <p className="govuk-body">{item.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
