import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>Check the address, or go to the <Link href="/">home page</Link>.</p>
    </main>
  );
}
