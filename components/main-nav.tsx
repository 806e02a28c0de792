"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

/** GOV.UK service navigation; without its script the list simply stays open on small screens. */
export function MainNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  // The most specific link is the current one (/reports/queue, not /reports as well).
  const current = items.filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <section className="govuk-service-navigation" aria-label="Service information">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Main" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {items.map((item) => {
                const active = item.href === current;
                return (
                  <li key={item.href} className={`govuk-service-navigation__item${active ? " govuk-service-navigation__item--active" : ""}`}>
                    <Link className="govuk-service-navigation__link" href={item.href} aria-current={active ? "page" : undefined}>
                      {active ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}
