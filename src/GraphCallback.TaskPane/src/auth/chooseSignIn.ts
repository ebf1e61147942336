import type { HostKind } from "../host/host";
import { MsalSignIn } from "./msalSignIn";
import { OfficeSsoSignIn } from "./officeSso";
import type { PaneConfig } from "./paneConfig";
import type { SignIn } from "./signIn";

/** Nested app authentication in Outlook when the client has it, Office SSO when it has only that, MSAL otherwise. */
export async function chooseSignIn(config: PaneConfig, host: HostKind, office: typeof Office | undefined, framed: boolean, origin: string): Promise<SignIn> {
  const interaction = framed ? "popup" : "redirect";
  const nested = host === "teams" || (host === "outlook" && supportsNestedAuth(office));
  const msal = await MsalSignIn.create(config, nested, interaction, origin);
  if (host === "outlook" && !nested && office?.auth?.getAccessToken) return new OfficeSsoSignIn(office, msal);
  return msal;
}

export function supportsNestedAuth(office: typeof Office | undefined): boolean {
  return office?.context?.requirements?.isSetSupported?.("NestedAppAuth", "1.1") === true;
}
