import { describe, expect, it } from "vitest";
import { readDialogMessage, writeDialogMessage } from "../src/auth/dialogMessage";
import { OfficeDialogSignIn } from "../src/auth/officeDialogSignIn";
import type { SignIn } from "../src/auth/signIn";

const origin = "https://pane.contoso.example";
const now = Date.UTC(2027, 2, 2, 9, 0, 0);

type Handler = (args: { message: string; origin: string | undefined } | { error: number }) => void;

/** The Office dialog API as a test drives it: records what was opened, lets the test play the dialog. */
class FakeOffice {
  opened: string[] = [];
  closed = 0;
  private handlers = new Map<string, Handler>();
  private waiting: (() => void) | null = null;

  readonly AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  readonly EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
  readonly context = {
    ui: {
      displayDialogAsync: (url: string, _options: unknown, callback: (result: unknown) => void) => {
        this.opened.push(url);
        queueMicrotask(() => this.waiting?.());
        callback({
          status: "succeeded",
          value: {
            addEventHandler: (type: string, handler: Handler) => this.handlers.set(type, handler),
            close: () => this.closed++,
          },
        });
      },
    },
  };

  /** Resolves once the pane has opened its next dialog (after MSAL's popup failed). */
  dialogOpens(): Promise<void> {
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** The dialog page calls messageParent. */
  send(message: string, from: string | undefined = origin): void {
    this.handlers.get("dialogMessageReceived")?.({ message, origin: from });
  }

  /** The person closes the dialog, or Office reports another problem. */
  fail(error: number): void {
    this.handlers.get("dialogEventReceived")?.({ error });
  }

  get asOffice(): typeof Office {
    return this as unknown as typeof Office;
  }
}

/** MSAL's popup as the client treats it: it opens, or it is blocked with MSAL's error code. */
function msal(popup: "opens" | "blocked" | "fails"): SignIn & { popups: number } {
  return {
    userName: null,
    popups: 0,
    async getToken() {
      return "token-from-msal-cache";
    },
    async signIn() {
      this.popups++;
      if (popup === "blocked") throw Object.assign(new Error("popup blocked"), { errorCode: "popup_window_error" });
      if (popup === "fails") throw Object.assign(new Error("user_cancelled"), { errorCode: "user_cancelled" });
    },
  };
}

/** Starts a sign-in whose popup is blocked, and once the dialog is open lets the test play it. */
async function throughDialog(office: FakeOffice, signIn: OfficeDialogSignIn, play: () => void): Promise<void> {
  const opens = office.dialogOpens();
  const done = signIn.signIn();
  await opens;
  play();
  return done;
}

const signedIn = (expiresOn: number) => writeDialogMessage({ status: "signedIn", accessToken: "token-from-dialog", expiresOn, userName: "Megan Bowen" });

describe("OfficeDialogSignIn", () => {
  it("uses MSAL's popup when the client lets it open, and opens no dialog", async () => {
    const office = new FakeOffice();
    const signIn = new OfficeDialogSignIn(office.asOffice, msal("opens"), origin, () => now);

    await signIn.signIn();

    expect(office.opened).toEqual([]);
    expect(await signIn.getToken()).toBe("token-from-msal-cache");
  });

  it("signs in through the pane's dialog page when the popup is blocked, and uses the token it sends", async () => {
    const office = new FakeOffice();
    const signIn = new OfficeDialogSignIn(office.asOffice, msal("blocked"), origin, () => now);

    await throughDialog(office, signIn, () => office.send(signedIn(now + 3_600_000)));

    expect(office.opened).toEqual([`${origin}/pane/dialog.html`]);
    expect(office.closed).toBe(1);
    expect(await signIn.getToken()).toBe("token-from-dialog");
    expect(signIn.userName).toBe("Megan Bowen");
  });

  it("ignores a message from any other origin", async () => {
    const office = new FakeOffice();
    const signIn = new OfficeDialogSignIn(office.asOffice, msal("blocked"), origin, () => now);

    await throughDialog(office, signIn, () => {
      office.send(writeDialogMessage({ status: "signedIn", accessToken: "forged", expiresOn: now + 3_600_000, userName: null }), "https://evil.example");
      office.send(signedIn(now + 3_600_000));
    });

    expect(await signIn.getToken()).toBe("token-from-dialog");
  });

  it("goes back to MSAL once the dialog's token is within five minutes of expiry", async () => {
    const office = new FakeOffice();
    const signIn = new OfficeDialogSignIn(office.asOffice, msal("blocked"), origin, () => now);

    await throughDialog(office, signIn, () => office.send(signedIn(now + 4 * 60_000)));

    expect(await signIn.getToken()).toBe("token-from-msal-cache");
  });

  it("fails with the dialog's reason, or says the person cancelled when they closed it", async () => {
    const office = new FakeOffice();
    const signIn = new OfficeDialogSignIn(office.asOffice, msal("blocked"), origin, () => now);

    await expect(throughDialog(office, signIn, () => office.send(writeDialogMessage({ status: "failed", message: "Sign-in failed: AADSTS50011" })))).rejects.toThrow(
      "Sign-in failed: AADSTS50011",
    );
    await expect(throughDialog(office, signIn, () => office.fail(12006))).rejects.toThrow("Sign-in was cancelled.");
  });

  it("passes on a sign-in error that is not a blocked popup without opening a dialog", async () => {
    const office = new FakeOffice();
    const signIn = new OfficeDialogSignIn(office.asOffice, msal("fails"), origin, () => now);

    await expect(signIn.signIn()).rejects.toThrow("user_cancelled");
    expect(office.opened).toEqual([]);
  });
});

describe("readDialogMessage", () => {
  it("reads what the dialog page writes", () => {
    const message = { status: "signedIn", accessToken: "t", expiresOn: now, userName: null } as const;
    expect(readDialogMessage(writeDialogMessage(message))).toEqual(message);
  });

  it.each(["not json", "{}", '{"status":"signedIn","accessToken":""}', '{"status":"signedIn","accessToken":"t"}', "null"])(
    "turns %s into a failure with a reason",
    (text) => {
      expect(readDialogMessage(text)).toEqual({ status: "failed", message: "The sign-in window sent something unreadable." });
    },
  );
});
