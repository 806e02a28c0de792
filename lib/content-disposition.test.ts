import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "./content-disposition";

describe("attachmentDisposition (RFC 6266, with the RFC 5987 encoded name)", () => {
  it("gives downloads an ASCII fallback name and the exact name encoded", () => {
    expect(attachmentDisposition('Zoë "chat"; 1.txt')).toBe(`attachment; filename="Zo_ _chat__ 1.txt"; filename*=UTF-8''Zo%C3%AB%20%22chat%22%3B%201.txt`);
  });

  it("keeps a plain name as it is in both forms", () => {
    expect(attachmentDisposition("subject-records-2026-12-01.csv")).toBe(
      `attachment; filename="subject-records-2026-12-01.csv"; filename*=UTF-8''subject-records-2026-12-01.csv`,
    );
  });
});
