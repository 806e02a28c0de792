import "server-only";
import { attachmentDisposition } from "@/lib/content-disposition";
import { API_CSP } from "@/lib/security-headers";

/**
 * A stored file as a download: never shown inline (so no file can run as a page of this
 * site), with its SHA-256 so that the receiver can check it is what was stored.
 */
export function fileDownload(file: { fileName: string; mediaType: string; sha256: string; content: Uint8Array }): Response {
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "X-Evidence-SHA256": file.sha256,
      "Repr-Digest": `sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`,
      "Content-Security-Policy": API_CSP,
      "Cache-Control": "no-store",
    },
  });
}
