import Link from "next/link";

export default function NotFound() {
  return (
    <div>
      <h1>Page not found</h1>
      <p>Check the address, or go to the <Link href="/">home page</Link>.</p>
    </div>
  );
}
