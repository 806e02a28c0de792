import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { navigationFor } from "@/lib/navigation";
import { roles } from "@/lib/vocabulary";

export default async function HomePage() {
  const user = await requirePageUser();
  const items = navigationFor(user.role);
  return (
    <>
      <h1>Welcome</h1>
      <p className="lede">You are signed in as {roles.labels[user.role].toLowerCase()}. These are the parts of the system your role uses.</p>
      <ul className="card-grid">
        {items.map((item) => (
          <li key={item.href} className="card">
            <h2>
              <Link href={item.href}>{item.label}</Link>
            </h2>
            <p>{item.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
