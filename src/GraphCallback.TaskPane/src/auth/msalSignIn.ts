import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { PaneConfig } from "./paneConfig";
import { SignInRequired, type SignIn } from "./signIn";

export type Interaction = "redirect" | "popup";

/** MSAL's configuration for the pane and its sign-in dialog: one cache (same origin), one redirect URI. */
export function msalConfiguration(config: PaneConfig, pageOrigin: string): Configuration {
  return {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // A non-Microsoft authority (the emulator, ADFS) is trusted as configured, with no discovery call.
      knownAuthorities: [new URL(config.authority).host],
      // The redirect bridge page (redirect.html), registered as the app's single-page-app redirect URI.
      redirectUri: `${pageOrigin}/pane/redirect.html`,
    },
    cache: { cacheLocation: "localStorage" },
  };
}

/**
 * Sign-in with MSAL.js. Nested app authentication where the host offers it (Outlook, Teams):
 * the host signs the person in and the pane never shows a login page. Elsewhere a standard
 * single-page app: a redirect at the top level (the local demo), a popup inside a frame.
 */
export class MsalSignIn implements SignIn {
  private account: AccountInfo | null;

  private constructor(
    private readonly msal: IPublicClientApplication,
    private readonly config: PaneConfig,
    private readonly interaction: Interaction,
  ) {
    this.account = msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null;
  }

  static async create(config: PaneConfig, nested: boolean, interaction: Interaction, pageOrigin: string): Promise<MsalSignIn> {
    const configuration = msalConfiguration(config, pageOrigin);
    const msal = nested ? await createNestablePublicClientApplication(configuration) : await createStandardPublicClientApplication(configuration);
    if (!nested) {
      const redirected = await msal.handleRedirectPromise();
      if (redirected?.account) msal.setActiveAccount(redirected.account);
    }
    return new MsalSignIn(msal, config, interaction);
  }

  get userName(): string | null {
    return this.account?.name ?? this.account?.username ?? null;
  }

  async getToken(): Promise<string> {
    const scopes = [this.config.apiScope];
    if (!this.account) {
      // Under NAA the host already knows the person: a silent request without an account works.
      try {
        const result = await this.msal.ssoSilent({ scopes });
        this.remember(result.account);
        return result.accessToken;
      } catch {
        throw new SignInRequired();
      }
    }
    try {
      return (await this.msal.acquireTokenSilent({ scopes, account: this.account })).accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) throw new SignInRequired();
      throw error;
    }
  }

  async signIn(): Promise<void> {
    const request = { scopes: [this.config.apiScope] };
    if (this.interaction === "redirect") {
      await this.msal.acquireTokenRedirect(request);
      return;
    }
    this.remember((await this.msal.acquireTokenPopup(request)).account);
  }

  private remember(account: AccountInfo | null): void {
    if (!account) return;
    this.account = account;
    this.msal.setActiveAccount(account);
  }
}
