import type { HostKind } from "../host/host";
import { MsalSignIn } from "./msalSignIn";
import { OfficeDialogSignIn } from "./officeDialogSignIn";
import { OfficeSsoSignIn } from "./officeSso";
import type { PaneConfig } from "./paneConfig";
import type { SignIn } from "./signIn";

/**
 * Nested app authentication in Outlook when the client has it; otherwise Office SSO, then MSAL's
 * popup, then an Office dialog where the client blocks popups; MSAL alone outside Outlook.
 */
export async function chooseSignIn(config: PaneConfig, host: HostKind, office: typeof Office | undefined, framed: boolean, origin: string): Promise<SignIn> {
  const interaction = framed ? "popup" : "redirect";
  const nested = host === "teams" || (host === "outlook" && supportsNestedAuth(office));
  const msal = await MsalSignIn.create(config, nested, interaction, origin);
  if (host !== "outlook" || nested || !office) return msal;
  // Older clients lack one API or the other: each step is used only where the client has it.
  const interactive = typeof office.context?.ui?.displayDialogAsync === "function" ? new OfficeDialogSignIn(office, msal, origin) : msal;
  return typeof office.auth?.getAccessToken === "function" ? new OfficeSsoSignIn(office, interactive) : interactive;
}

export function supportsNestedAuth(office: typeof Office | undefined): boolean {
  return office?.context?.requirements?.isSetSupported?.("NestedAppAuth", "1.1") === true;
}
