import { readDialogMessage } from "./dialogMessage";
import type { SignIn } from "./signIn";

/** MSAL's error codes for a popup the browser or the Office client would not open. */
const popupBlocked = new Set(["popup_window_error", "empty_window_error"]);

/** Office's code for a dialog the person closed. */
const dialogClosed = 12006;

/** A token this close to expiry is not handed out: the API call it is for must still find it valid. */
const expiryMargin = 5 * 60 * 1000;

/**
 * Sign-in for Outlook clients that have neither nested app authentication nor a popup: MSAL's
 * popup is tried first, and when the client blocks it the pane opens its sign-in page in an
 * Office dialog (Office.context.ui.displayDialogAsync), which signs in by redirect and hands the
 * token back with messageParent. Until that token nears expiry the pane uses it; then MSAL's
 * silent path (the dialog filled the same-origin cache) or another sign-in.
 */
export class OfficeDialogSignIn implements SignIn {
  private held: { accessToken: string; expiresOn: number; userName: string | null } | null = null;

  constructor(
    private readonly office: typeof Office,
    private readonly msal: SignIn,
    private readonly origin: string,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get userName(): string | null {
    return this.held?.userName ?? this.msal.userName;
  }

  async getToken(): Promise<string> {
    if (this.held && this.held.expiresOn - expiryMargin > this.now()) return this.held.accessToken;
    return this.msal.getToken();
  }

  async signIn(): Promise<void> {
    try {
      await this.msal.signIn();
    } catch (error) {
      if (!isPopupBlocked(error)) throw error;
      this.held = await this.signInThroughDialog();
    }
  }

  private signInThroughDialog(): Promise<{ accessToken: string; expiresOn: number; userName: string | null }> {
    const page = `${this.origin}/pane/dialog.html`;
    return new Promise((resolve, reject) => {
      this.office.context.ui.displayDialogAsync(page, { height: 60, width: 30 }, (opened) => {
        if (opened.status !== this.office.AsyncResultStatus.Succeeded) {
          reject(new Error(`The sign-in window could not open: ${opened.error?.message ?? "unknown reason"}.`));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(this.office.EventType.DialogMessageReceived, (args) => {
          if (!("message" in args)) return;
          // Only our own page may sign the pane in; clients without DialogOrigin 1.1 leave origin out.
          if (args.origin !== undefined && args.origin !== this.origin) return;
          dialog.close();
          const message = readDialogMessage(String(args.message));
          if (message.status === "signedIn") resolve(message);
          else reject(new Error(message.message));
        });
        dialog.addEventHandler(this.office.EventType.DialogEventReceived, (args) => {
          if (!("error" in args)) return;
          reject(new Error(args.error === dialogClosed ? "Sign-in was cancelled." : `The sign-in window failed (Office error ${args.error}).`));
        });
      });
    });
  }
}

function isPopupBlocked(error: unknown): boolean {
  const code = (error as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === "string" && popupBlocked.has(code);
}
