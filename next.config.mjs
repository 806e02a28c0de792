/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly by URL and argon2 is a native addon: neither may be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "argon2"],
  poweredByHeader: false,
  // forbidden() gives pages a real 403 instead of a redirect or a blank page.
  // proxy.ts runs on every request and Next buffers the body for it, silently cutting it
  // at 10 MB by default: the limit must hold the largest upload (a 50 MB import file and
  // its multipart framing). The route handlers refuse anything over their own limits.
  experimental: { authInterrupts: true, proxyClientMaxBodySize: "51mb" },
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
