/**
 * A real OpenID Connect provider on localhost for the end-to-end tests, standing in
 * for Microsoft Entra ID: the `oidc-provider` package with its development login
 * screens (any password is accepted; the login name picks the identity below).
 */
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT);
const redirectUris = (process.env.OIDC_REDIRECT_URIS ?? "").split(",").filter(Boolean);
if (!port || redirectUris.length === 0) throw new Error("OIDC_PORT and OIDC_REDIRECT_URIS are required");

export const ssoIdentities: Record<string, { email: string; name: string; roles: string[]; verified?: false }> = {
  "sso-supervisor": { email: "sso.supervisor@sso.police.uk", name: "Morgan Reyes", roles: ["PSD.Supervisor"] },
  "sso-investigator": { email: "sso.investigator@sso.police.uk", name: "Kit Adebayo", roles: ["PSD.Investigator", "Everyone"] },
  "sso-norole": { email: "sso.norole@sso.police.uk", name: "Lee Norole", roles: ["Everyone"] },
  // Claims the email of an existing password account without the provider having verified it.
  "sso-unverified": { email: "staff@demo.police.uk", name: "Not Dan", roles: ["PSD.Supervisor"], verified: false },
};

const provider = new Provider(`http://localhost:${port}`, {
  clients: [
    {
      client_id: "psd-cases-e2e",
      client_secret: "psd-cases-e2e-secret",
      redirect_uris: redirectUris,
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  // Entra ID puts app roles in the ID token's "roles" claim; so does this stand-in.
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "roles"] },
  conformIdTokenClaims: false,
  cookies: { keys: ["psd-cases-e2e-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const identity = ssoIdentities[id];
    if (!identity) return undefined;
    return {
      accountId: id,
      claims: async () => ({ sub: id, email: identity.email, email_verified: identity.verified ?? true, name: identity.name, roles: identity.roles }),
    };
  },
});

provider.listen(port, () => console.log(`OIDC provider on http://localhost:${port}`));
