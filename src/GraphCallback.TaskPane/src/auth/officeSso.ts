import type { SignIn } from "./signIn";

/**
 * Office single sign-on (Office.auth.getAccessToken) for Outlook clients without nested app
 * authentication; the token's audience is the manifest's webApplicationInfo resource. When Office
 * refuses, the pane falls back to MSAL's own sign-in.
 */
export class OfficeSsoSignIn implements SignIn {
  readonly userName = null;

  constructor(
    private readonly office: typeof Office,
    private readonly fallback: SignIn,
  ) {}

  async getToken(): Promise<string> {
    try {
      return await this.office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    } catch {
      return this.fallback.getToken();
    }
  }

  signIn(): Promise<void> {
    return this.fallback.signIn();
  }
}
