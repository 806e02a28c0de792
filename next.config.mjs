/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly by URL, argon2 is a native addon and pdfkit reads its font
  // metrics from its own folder: none may be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "argon2", "pdfkit"],
  poweredByHeader: false,
  // forbidden() gives pages a real 403 instead of a redirect or a blank page. proxy.ts
  // does not run for the two uploads (see its matcher): Next would buffer their bodies
  // for it before any check, whoever sent them.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
